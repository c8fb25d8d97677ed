package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ShotsProject;

class SpecExampleTest {

	@TempDir
	Path folder;

	@Test
	void theSpecExampleParses() throws Exception {
		Files.writeString(folder.resolve("script.shots"), "style Vintage \"shot on 35mm film\"\n");
		ShotsProject project = ShotsProject.load(folder);
		assertEquals("[]", project.diagnostics().toString());
	}
}
