package dev.longtake.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.cli.ExitCode;

/** longtake export finds its formats through the extension point dev.longtake.export.exporters. */
class ExportFormatsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path film;

    private int run(String... args) {
        return new Longtake(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    private void writeFilm() throws IOException {
        Files.writeString(film.resolve("script.shots"), """
                project "Harbour" {
                    format 1280x720 at 24 fps
                }
                sequence One {
                    shot Pier 4s { "a pier at night" }
                    shot Boat 3s { "a boat leaves" }
                }
                """);
    }

    @Test
    void listFormatsShowsTheBuiltInOnesAndAPluginsOne() {
        assertEquals(ExitCode.OK, run("export", "--list-formats"), err.toString());
        String listed = out.toString();
        for (String id : new String[] { "otio\t.otio", "edl\t.edl", "fcpxml\t.fcpxml", "shotlist\t.txt\tShot list" }) {
            assertTrue(listed.contains(id), listed);
        }
    }

    @Test
    void aContributedFormatIsWrittenByItsId() throws IOException {
        writeFilm();
        assertEquals(ExitCode.OK, run("export", film.toString(), "--format", "shotlist"), err.toString());

        Path written = film.resolve("out/Harbour.txt");
        assertEquals("Harbour\nPier black\nBoat black\n", Files.readString(written));
        assertFalse(Files.exists(film.resolve("out/Harbour.otio")), "only the asked format is written");
    }

    @Test
    void withoutAFormatOptionEveryAvailableFormatIsWritten() throws IOException {
        writeFilm();
        assertEquals(ExitCode.OK, run("export", film.toString()), err.toString());
        for (String name : new String[] { "Harbour.otio", "Harbour.edl", "Harbour.fcpxml", "Harbour.txt" }) {
            assertTrue(Files.isRegularFile(film.resolve("out").resolve(name)), name + " in " + out);
        }
    }

    @Test
    void anUnknownFormatIsOneLineNamingTheAvailableOnes() throws IOException {
        writeFilm();
        assertEquals(ExitCode.FAILURE, run("export", film.toString(), "--format", "avid"));
        assertTrue(err.toString().contains("no exporter 'avid'; available: otio, edl, fcpxml, shotlist"), err.toString());
    }
}
