package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.dsl.prompt.PromptCompiler;
import dev.longtake.dsl.prompt.ShotCompiler;
import dev.longtake.dsl.prompt.StandardPromptCompiler;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;

/** The extension point dev.longtake.dsl.promptCompilers, as this fragment's fragment.xml uses it. */
class PromptCompilerExtensionTest {

	@TempDir
	Path folder;

	private Shot shot(String backend) {
		Script script = Scripts.script(Scripts.load(folder, """
				sequence A {
				    shot B 5s backend %s { "a lantern in the fog" }
				}
				""".formatted(backend)));
		return script.findShot("B");
	}

	@Test
	void aShotIsCompiledWithTheCompilerContributedForItsBackend() {
		BackendRegistry registry = BackendRegistry.withBuiltIns();
		registry.register(BackendLimits.builder("shouting").build());
		Shot shot = shot("shouting");

		String prompt = new ShotCompiler(registry).compile(shot).get(0).prompt();

		assertEquals(StandardPromptCompiler.INSTANCE.prompt(shot).toUpperCase(Locale.ROOT), prompt);
		assertEquals(true, prompt.contains("A LANTERN IN THE FOG"), prompt);
	}

	@Test
	void aCompilerRegisteredInCodeComesBeforeTheContributedOne() {
		BackendRegistry registry = BackendRegistry.withBuiltIns();
		PromptCompiler quiet = shot -> "quiet";
		registry.register(BackendLimits.builder("shouting").build(), quiet);

		assertEquals("quiet", new ShotCompiler(registry).compile(shot("shouting")).get(0).prompt());
	}

	@Test
	void theFragmentsContributionsAreInTheRegistry() {
		org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
		org.junit.jupiter.api.Assertions.assertNotNull(registry, "the tests run with the extension registry");
		assertEquals(java.util.List.of("shouting", "broken"),
				java.util.Arrays.stream(registry.getConfigurationElementsFor("dev.longtake.dsl.promptCompilers"))
						.map(element -> element.getAttribute("backend")).toList());
	}

	@Test
	void aContributedCompilerIsCreatedOnce() {
		BackendRegistry registry = BackendRegistry.withBuiltIns();
		PromptCompiler first = registry.promptCompiler("shouting");
		assertInstanceOf(ShoutingPromptCompiler.class, first);
		assertSame(first, registry.promptCompiler("shouting"));
	}

	@Test
	void aBackendWithoutAContributionOrAClassThatCannotBeLoadedGetsTheStandardPrompt() {
		BackendRegistry registry = BackendRegistry.withBuiltIns();
		assertSame(StandardPromptCompiler.INSTANCE, registry.promptCompiler("animatic"));
		assertSame(StandardPromptCompiler.INSTANCE, registry.promptCompiler("nobody-contributes-this"));
		assertSame(StandardPromptCompiler.INSTANCE, registry.promptCompiler("broken"));
	}
}
