package dev.longtake.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import dev.longtake.cli.ExitCode;

/** The command-line conventions every later command relies on. */
class LongtakeTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Longtake(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    @Test
    void versionPrintsTheBundleVersionWithItsBuildQualifier() {
        assertEquals(ExitCode.OK, run("--version"));
        String first = out.toString().lines().findFirst().orElse("");
        assertTrue(first.matches("longtake \\d+\\.\\d+\\.\\d+ \\(build \\w+\\)"), first);
        assertEquals("", err.toString());
    }

    @Test
    void noCommandPrintsUsageWithTheExitCodeConvention() {
        assertEquals(ExitCode.OK, run());
        String usage = out.toString();
        assertTrue(usage.startsWith("Usage: longtake"), usage);
        assertTrue(usage.contains("Exit codes:"), usage);
        assertTrue(usage.contains("70"), usage);
    }

    @Test
    void helpOfAKnownCommandPrintsItsUsage() {
        assertEquals(ExitCode.OK, run("help", "help"));
        assertTrue(out.toString().contains("Usage: longtake help [-h] [COMMAND]"), out.toString());
    }

    @Test
    void anUnknownCommandIsAUsageErrorOnOneLineNamingIt() {
        assertEquals(ExitCode.USAGE, run("frobnicate"));
        assertEquals("", out.toString());
        String first = err.toString().lines().findFirst().orElse("");
        assertTrue(first.startsWith("longtake: ") && first.contains("'frobnicate'"), first);
        assertTrue(err.toString().contains("longtake help"), err.toString());
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("help", "nope"));
        assertTrue(err.toString().contains("nope"), err.toString());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("--no-such-option"));
        assertTrue(err.toString().contains("--no-such-option"), err.toString());
    }
}
