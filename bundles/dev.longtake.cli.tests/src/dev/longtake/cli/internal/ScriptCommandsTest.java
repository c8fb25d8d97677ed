package dev.longtake.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.longtake.cli.ExitCode;

/** longtake check, prompt and format: their output and exit codes. */
class ScriptCommandsTest {

    private static final String SCRIPT = """
            project "Test" {
                format 1280x720 at 24 fps
            }
            style Vintage "shot on 35mm film"
            character Ernest "a young man"
            location Field "a football field at dusk"
            sequence One {
                shot Bleachers 12s style Vintage takes 2 seed 40 {
                    camera slow push-in
                    in Field with Ernest: "Ernest sits alone"
                }
            }
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A project folder inside the working folder, so that files are named relative to it. */
    private Path project;
    private String shown;

    @BeforeEach
    void createProject() throws IOException {
        project = Files.createTempDirectory(Path.of("").toAbsolutePath(), "cli-test-");
        shown = Path.of("").toAbsolutePath().relativize(project).toString();
    }

    @AfterEach
    void deleteProject() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    private int run(String... args) {
        return new Longtake(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = project.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void checkPrintsEachFindingAsFileLineColumnSeverityMessageAndFailsOnErrors() throws IOException {
        write("script.shots", SCRIPT.replace("with Ernest", "with Ernst").replace("12s", "75s"));
        assertEquals(ExitCode.FAILURE, run("check", shown));
        assertEquals(List.of(
                shown + "/script.shots:8:20: error: Shot Bleachers lasts 75 s, longer than the 60 s backend animatic renders",
                shown + "/script.shots:10:23: error: Unknown character 'Ernst'. Did you mean Ernest?"),
                out.toString().lines().toList());
        assertEquals("longtake check: 2 errors, 0 warnings in 1 file", err.toString().strip());
    }

    @Test
    void checkWithWarningsOnlySucceeds() throws IOException {
        write("script.shots", SCRIPT.replace("format 1280x720 at 24 fps", "song \"media/song.wav\""));
        assertEquals(ExitCode.OK, run("check", shown));
        assertEquals(shown + "/script.shots:2:10: warning: Song media/song.wav does not exist (looked for "
                + project.resolve("media/song.wav") + ")", out.toString().strip());
        assertEquals("longtake check: no errors, 1 warning in 1 file", err.toString().strip());
    }

    @Test
    void checkOfACleanProjectPrintsNoFinding() throws IOException {
        write("script.shots", SCRIPT);
        assertEquals(ExitCode.OK, run("check", project.toString()));
        assertEquals("", out.toString());
    }

    @Test
    void checkOfOneScriptReportsOnlyItButReadsItsFolder() throws IOException {
        write("cast.shots", "character Ernest \"a young man\"\ncharacter Ernest \"twice\"\n");
        write("script.shots", SCRIPT.replace("character Ernest \"a young man\"\n", ""));
        assertEquals(ExitCode.OK, run("check", shown + "/script.shots"));
        assertEquals("", out.toString());
        assertEquals(ExitCode.FAILURE, run("check", shown), "the folder's other file has errors");
    }

    @Test
    void aMissingPathIsOneLineNamingIt() {
        assertEquals(ExitCode.FAILURE, run("check", shown + "/nowhere"));
        assertEquals("longtake check: error: " + shown + "/nowhere: no such file or folder", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void promptPrintsTheRequestsExactlyAsSent() throws IOException {
        write("script.shots", SCRIPT);
        assertEquals(ExitCode.OK, run("prompt", shown, "Bleachers"));
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of("shot Bleachers: 2 takes", "backend: animatic", "duration: 12 s", "size: 1280x720",
                "fps: 24", "reference images: none", "image input: none", "continues: none", "prompt:",
                "Shot on 35mm film. One continuous shot, camera slow push-in. 0-12 s: in a football field at dusk: "
                        + "Ernest sits alone. Ernest: a young man."),
                lines.subList(0, 10));
        assertTrue(lines.get(10).matches("take 1: seed 40, hash [0-9a-f]{64}"), lines.get(10));
        assertTrue(lines.get(11).matches("take 2: seed 41, hash [0-9a-f]{64}"), lines.get(11));
        assertEquals(12, lines.size());
    }

    @Test
    void promptOfAnUnknownShotOffersTheCloseNames() throws IOException {
        write("script.shots", SCRIPT);
        assertEquals(ExitCode.FAILURE, run("prompt", shown, "Bleacher"));
        assertEquals("longtake prompt: error: no shot named 'Bleacher' in " + shown + "; did you mean Bleachers?",
                err.toString().strip());
    }

    @Test
    void promptRefusesAScriptWithErrors() throws IOException {
        write("script.shots", SCRIPT.replace("style Vintage takes", "style Vintag takes"));
        assertEquals(ExitCode.FAILURE, run("prompt", shown));
        assertEquals("", out.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(shown + "/script.shots:8:30: error: Unknown style 'Vintag'. Did you mean Vintage?", lines.get(0));
        assertEquals("longtake prompt: error: the script has 1 error: its prompts are not compiled until they are fixed",
                lines.get(1));
    }

    @Test
    void formatRewritesTheScriptInTheCanonicalLayout() throws IOException {
        Path script = write("script.shots", "style   Vintage   \"film\"\nsequence A {shot B 5s {\"x\"}}\n");
        assertEquals(ExitCode.OK, run("format", shown + "/script.shots"));
        assertEquals("style Vintage \"film\"\n\nsequence A {\n    shot B 5s {\n        \"x\"\n    }\n}\n",
                Files.readString(script));
        assertEquals(shown + "/script.shots: formatted", out.toString().strip());
        try (Stream<Path> files = Files.list(project)) {
            assertEquals(List.of(script), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void formatCheckChangesNothingAndFailsWhenTheLayoutIsNotCanonical() throws IOException {
        Path script = write("script.shots", "style   Vintage \"film\"\n");
        assertEquals(ExitCode.FAILURE, run("format", "--check", shown + "/script.shots"));
        assertEquals("style   Vintage \"film\"\n", Files.readString(script));
        assertEquals(shown + "/script.shots: not in the canonical layout", out.toString().strip());
        assertEquals("longtake format: error: 1 file would be reformatted", err.toString().strip());

        Files.writeString(script, "style Vintage \"film\"\n");
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, run("format", "--check", shown + "/script.shots"));
        assertEquals("", out.toString());
    }

    @Test
    void formatLeavesAScriptWithSyntaxErrorsAlone() throws IOException {
        Path script = write("script.shots", "sequence A {\n");
        assertEquals(ExitCode.FAILURE, run("format", shown + "/script.shots"));
        assertEquals("sequence A {\n", Files.readString(script));
        assertEquals(shown + "/script.shots:1:13: error: the file ends too early: expecting '}'", out.toString().strip());
        assertEquals("longtake format: error: cannot format " + shown + "/script.shots: 1 syntax error (fix them first)",
                err.toString().strip());
    }

    @Test
    void formatOfAMissingFileIsOneLineNamingIt() {
        assertEquals(ExitCode.FAILURE, run("format", shown + "/missing.shots"));
        assertEquals("longtake format: error: " + shown + "/missing.shots: no such file or folder", err.toString().strip());
    }

    @Test
    void helpListsTheScriptCommands() {
        assertEquals(ExitCode.OK, run());
        String usage = out.toString();
        assertTrue(usage.contains("check ") && usage.contains("prompt ") && usage.contains("format "), usage);
    }
}
