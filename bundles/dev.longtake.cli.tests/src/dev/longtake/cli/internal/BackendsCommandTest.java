package dev.longtake.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.longtake.cli.ExitCode;
import dev.longtake.secrets.ApiKeys;

import picocli.CommandLine;

/** {@code longtake backends}: what is installed, what it costs, whether it is configured; never a key. */
class BackendsCommandTest {

    private static final String SECRET = "sk-live-5e1f0c2d9a";

    private final StringWriter out = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        return runWithInput(environment, "", args);
    }

    private int runWithInput(Map<String, String> environment, String input, String... args) {
        BackendsCommand command = new BackendsCommand();
        command.environment = environment;
        command.input = new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new CommandLine(command).setOut(new PrintWriter(out, true)).execute(args);
    }

    @Test
    void listsEveryInstalledBackendWithPriceDateAndWhetherItIsConfigured() {
        assertEquals(ExitCode.OK, run(Map.of("LONGTAKE_RUNWAY_API_KEY", SECRET)));
        String table = out.toString();
        String runway = line(table, "runway ");
        assertTrue(runway.contains("gen4.5") && runway.contains("0.12 USD") && runway.contains("2026-12-07")
                && runway.endsWith("ready"), runway);
        String openai = line(table, "openai ");
        assertTrue(openai.contains("sora-2") && openai.contains("not configured: LONGTAKE_OPENAI_API_KEY is not set"),
                openai);
        for (String backend : new String[] { "luma ", "veo ", "comfyui " }) {
            line(table, backend);
        }
        assertTrue(line(table, "comfyui ").contains("LONGTAKE_COMFYUI_WORKFLOW"), table);
        assertFalse(table.contains(SECRET), table);
    }

    @Test
    void oneBackendInDetailShowsItsSettingsButNeverTheKey() {
        assertEquals(ExitCode.OK, run(Map.of("LONGTAKE_LUMA_API_KEY", SECRET, "LONGTAKE_LUMA_URL",
                "http://127.0.0.1:9/dream-machine/v1"), "luma"));
        String detail = out.toString();
        assertTrue(detail.contains("status   ready"), detail);
        assertTrue(detail.contains("1280x720   0.1416"), detail);
        assertTrue(detail.contains("checked 2026-12-07"), detail);
        assertTrue(detail.contains("LONGTAKE_LUMA_URL  http://127.0.0.1:9/dream-machine/v1"), detail);
        assertTrue(detail.contains("LONGTAKE_LUMA_API_KEY  (set, " + SECRET.length() + " characters; never shown)"),
                detail);
        assertTrue(detail.contains("LONGTAKE_LUMA_MODEL  (not set: the default)"), detail);
        assertFalse(detail.contains(SECRET), detail);
    }

    @Test
    void anUnknownBackendIsAFailureNamingTheInstalledOnes() {
        StringWriter err = new StringWriter();
        int code = new Longtake(new PrintWriter(out, true), new PrintWriter(err, true)).run("backends", "sora");
        assertEquals(ExitCode.FAILURE, code);
        assertTrue(err.toString().contains("unknown backend 'sora'") && err.toString().contains("runway"),
                err.toString());
    }

    @Test
    void aKeyStoredWithSetKeyIsUsedEncryptedNeverPrintedAndTheEnvironmentOverridesIt() throws Exception {
        try {
            assertEquals(ExitCode.OK, runWithInput(Map.of(), SECRET + "\n", "--set-key", "runway"));
            assertTrue(out.toString().startsWith("stored the API key of runway (" + SECRET.length()
                    + " characters) in secure storage " + ApiKeys.location()), out.toString());
            out.getBuffer().setLength(0);

            assertEquals(ExitCode.OK, run(Map.of()));
            assertTrue(line(out.toString(), "runway ").endsWith("ready"), out.toString());
            assertTrue(line(out.toString(), "luma ").contains("not configured"), out.toString());
            out.getBuffer().setLength(0);

            assertEquals(ExitCode.OK, run(Map.of(), "runway"));
            assertTrue(out.toString().contains("LONGTAKE_RUNWAY_API_KEY  (not set)"), out.toString());
            assertTrue(out.toString().contains("a key is stored in secure storage " + ApiKeys.location() + " and used"),
                    out.toString());
            out.getBuffer().setLength(0);
            assertEquals(ExitCode.OK, run(Map.of("LONGTAKE_RUNWAY_API_KEY", "sk-other"), "runway"));
            assertTrue(out.toString().contains("; the variable overrides it"), out.toString());
            assertFalse(out.toString().contains(SECRET), out.toString());

            // the command line's settings hand the stored key to the backend; the file holds it encrypted
            assertEquals(SECRET, CommandLineSettings.of("runway", Map.of()).get("api_key").orElseThrow());
            assertEquals("sk-other",
                    CommandLineSettings.of("runway", Map.of("LONGTAKE_RUNWAY_API_KEY", "sk-other")).get("api_key").orElseThrow());
            assertFalse(Files.readString(ApiKeys.location(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(SECRET));
        } finally {
            out.getBuffer().setLength(0);
            assertEquals(ExitCode.OK, run(Map.of(), "--remove-key", "runway"));
            assertTrue(out.toString().startsWith("removed the API key of runway"), out.toString());
        }
        assertTrue(CommandLineSettings.of("runway", Map.of()).get("api_key").isEmpty());
    }

    @Test
    void setKeyRefusesAnUnknownBackendAndAnEmptyKey() {
        StringWriter err = new StringWriter();
        Longtake longtake = new Longtake(new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(ExitCode.FAILURE, longtake.run("backends", "--set-key", "sora"));
        assertTrue(err.toString().contains("unknown backend 'sora'; installed: ") && err.toString().contains("runway"),
                err.toString());
        assertEquals(ExitCode.FAILURE, runWithInput(Map.of(), "\n", "--set-key", "luma"));
        assertFalse(ApiKeys.has("luma"));
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + start + " in\n" + text)).stripTrailing();
    }
}
