package dev.longtake.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product as a user gets it: materialized by releng/ and started by ./longtake. */
class MaterializedProductTest {

    @Test
    void versionPrintsTheProductVersionWithoutADisplay() throws Exception {
        LongtakeCommand.Result result = LongtakeCommand.run(Map.of(), "--version");
        assertEquals(0, result.exitCode(), result.err());
        String first = result.out().lines().findFirst().orElse("");
        assertTrue(first.matches("longtake \\d+\\.\\d+\\.\\d+ \\(build \\d{12}\\)"), first);
    }

    @Test
    void anUnknownCommandExitsWithTheUsageCodeAndOneLineNamingIt() throws Exception {
        LongtakeCommand.Result result = LongtakeCommand.run(Map.of(), "frobnicate");
        assertEquals(2, result.exitCode());
        assertEquals("longtake: unknown command 'frobnicate'", result.err().lines().findFirst().orElse(""));
        assertEquals("", result.out());
    }

    @Test
    void helpListsTheExitCodeConvention() throws Exception {
        LongtakeCommand.Result result = LongtakeCommand.run(Map.of(), "help");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Exit codes:") && result.out().contains("70"), result.out());
    }

    @Test
    void withoutAJdk21TheCommandSaysSoInOneLine() throws Exception {
        LongtakeCommand.Result result = LongtakeCommand.run(
                Map.of("JAVA_HOME", "/nonexistent/jdk", "LONGTAKE_JVM_DIRS", "/nonexistent/*"), "--version");
        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("longtake: needs a JDK 21 or newer"), result.err());
    }

    @Test
    void theProductHoldsOneVersionOfEachBundle() throws IOException {
        Map<String, List<String>> versions = new TreeMap<>();
        try (Stream<Path> plugins = Files.list(LongtakeCommand.PRODUCT.resolve("plugins"))) {
            plugins.map(p -> p.getFileName().toString()).forEach(name -> {
                int cut = name.indexOf('_');
                versions.computeIfAbsent(name.substring(0, cut), k -> new java.util.ArrayList<>()).add(name.substring(cut + 1));
            });
        }
        assertTrue(versions.size() > 50, "too few bundles: " + versions.keySet());
        versions.forEach((bundle, found) -> assertEquals(1, found.size(), bundle + " comes in " + found));
    }

    @Test
    void studioOpensAUsableWindowOnAFilmWithNoErrorLogged(@TempDir Path temp) throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display (the test command runs under xvfb-run)");
        Path film = Files.createDirectory(temp.resolve("film"));
        Files.writeString(film.resolve("script.shots"), "// a film\n");
        String report = LongtakeCommand.studioReport(Map.of(), film, temp);
        assertTrue(report.matches("(?s)window-usable-ms=\\d+\nbackends=.*\\banimatic\\b.*"), report);
        Path workspace = temp.resolve("workspace");
        assertTrue(Files.isDirectory(workspace.resolve(".metadata")), "the workspace was not created where asked");
        Path log = workspace.resolve(".metadata/.log");
        if (Files.exists(log)) {
            List<String> errors = Files.readAllLines(log).stream()
                    .filter(line -> line.startsWith("!ENTRY") && line.split(" ")[2].equals("4")).toList();
            assertEquals(List.of(), errors, Files.readString(log));
        }
    }
}
