package dev.longtake.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.export.ExportResult;
import dev.longtake.export.ExportRunner;
import dev.longtake.export.ExporterDescriptor;
import dev.longtake.export.Exporters;
import dev.longtake.model.util.CutWarning.Kind;

/** Exporting a film folder: the files under out/, written whole or not at all, and the warnings. */
class ExportRunnerTest {

	private static final String FILE_NAME = "Rock & Roll _Nights_ _Überfahrt_ \uD83C\uDFAC";

	@TempDir
	Path folder;

	private final ExportRunner runner = new ExportRunner(Exporters.builtIn()).withTakeLengths(Films.LENGTHS)
			.withSongSeconds(Films.SONG_SECONDS);

	@Test
	void writesOneFilePerFormatUnderOutNamedAfterTheTitle() throws Exception {
		ExportResult result = runner.export(Films.script(24), Films.ledger(), folder, Set.of("fcpxml", "otio", "edl"));

		Path out = folder.resolve("out");
		assertEquals(List.of(out.resolve(FILE_NAME + ".otio"), out.resolve(FILE_NAME + ".edl"),
				out.resolve(FILE_NAME + ".fcpxml")), result.files());
		MiniJson.parse(Files.readString(result.files().get(0)));
		EdlReader.read(Files.readString(result.files().get(1)), 24);
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(result.files().get(2).toFile());
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(3, files.count(), "nothing but the exports");
		}
	}

	@Test
	void reportsWhatThePlannerHadToDecide() throws Exception {
		ExportResult result = runner.export(Films.script(24), Films.ledger(), folder, Set.of("edl"));

		assertEquals(List.of("Road"), result.plan().warnings(Kind.NOT_CIRCLED).stream().map(w -> w.shotName()).toList());
		assertEquals(List.of("Booth"), result.plan().warnings(Kind.MISSING).stream().map(w -> w.shotName()).toList());
		assertEquals(List.of("Coffee"), result.plan().warnings(Kind.SHORT_TAKE).stream().map(w -> w.shotName()).toList());
		assertEquals(result.plan().warnings(), result.warnings());
	}

	@Test
	void aFailedExportLeavesThePreviousFileAsItWas() throws Exception {
		Path edl = runner.export(Films.script(24), Films.ledger(), folder, Set.of("edl")).files().get(0);
		byte[] before = Files.readAllBytes(edl);
		ExporterDescriptor failing = new ExporterDescriptor("edl", "broken", "edl", () -> (film, out) -> {
			out.write("TITLE: half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		});

		IOException error = assertThrows(IOException.class, () -> new ExportRunner(List.of(failing))
				.export(Films.script(24), Films.ledger(), folder, Set.of("edl")));

		assertTrue(error.getMessage().contains(edl.toString()), error.getMessage());
		assertTrue(error.getMessage().contains("disk full"), error.getMessage());
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(edl));
		try (Stream<Path> files = Files.list(edl.getParent())) {
			assertEquals(List.of(edl), files.toList(), "no temporary file is left");
		}
	}

	@Test
	void aNewExportReplacesThePreviousOne() throws Exception {
		Path otio = runner.export(Films.script(24), Films.ledger(), folder, Set.of("otio")).files().get(0);
		Files.writeString(otio, "stale");

		runner.export(Films.script(25), Films.ledger(), folder, Set.of("otio"));

		assertTrue(Files.readString(otio).contains("\"rate\": 25.0"));
	}

	@Test
	void anOutputFolderThatCannotBeMadeIsNamed() throws Exception {
		Files.writeString(folder.resolve("out"), "a file where the folder should be");

		IOException error = assertThrows(IOException.class,
				() -> runner.export(Films.script(24), Films.ledger(), folder, Set.of("otio")));

		assertTrue(error.getMessage().contains(folder.resolve("out").toString()), error.getMessage());
		assertTrue(error.getMessage().contains("in the way"), error.getMessage());
	}

	@Test
	void anUnknownFormatIsRefusedBeforeAnythingIsWritten() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> runner.export(Films.script(24), Films.ledger(), folder, Set.of("otio", "aaf")));

		assertTrue(error.getMessage().contains("'aaf'"), error.getMessage());
		assertTrue(error.getMessage().contains("otio, edl, fcpxml"), error.getMessage());
		assertFalse(Files.exists(folder.resolve("out")));
	}

	@Test
	void aTitleBecomesASafeFileName() {
		assertEquals(FILE_NAME, ExportRunner.fileName(Films.TITLE));
		assertEquals("_.._etc_passwd", ExportRunner.fileName("../../etc/passwd"));
		assertEquals("film", ExportRunner.fileName(" .. "));
		assertEquals("film", ExportRunner.fileName(null));
		assertEquals("a_b", ExportRunner.fileName("a\nb"));
		String long_ = "é".repeat(300);
		assertTrue(ExportRunner.fileName(long_).getBytes(StandardCharsets.UTF_8).length <= 200);
	}
}
