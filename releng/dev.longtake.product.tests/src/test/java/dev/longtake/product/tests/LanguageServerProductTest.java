package dev.longtake.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ./longtake lsp} of the materialized product, driven as an editor drives it: a process
 * whose standard input and output carry JSON-RPC with Content-Length headers (written here with
 * Jackson, no LSP library). Initialize on a film folder, open its script, receive diagnostics,
 * complete the cast, hover a shot, shut down and exit with 0.
 */
class LanguageServerProductTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path film;

    @Test
    void anEditorGetsDiagnosticsCompletionAndHoverFromLongtakeLsp() throws Exception {
        Files.writeString(film.resolve("cast.shots"), """
                character Ernest "a young man, curly brown hair"
                character Lane "a young woman, red hair"
                location Field "a football field at dusk"
                """, StandardCharsets.UTF_8);
        Path script = Files.writeString(film.resolve("script.shots"), """
                sequence One {
                    shot Bleachers 12s {
                        camera slow push-in
                        in Field with Ernst: "Ernest sits alone on the bleachers"
                    }
                }
                """, StandardCharsets.UTF_8);
        String uri = script.toUri().toString();

        Process server = LongtakeCommand.builder(Map.of(), "lsp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = server.getOutputStream(); InputStream out = server.getInputStream()) {
            send(in, request(1, "initialize").set("params", JSON.readTree(
                    "{\"processId\":null,\"rootUri\":\"" + film.toUri() + "\",\"capabilities\":{}}")));
            JsonNode initialized = until(out, m -> m.path("id").asInt() == 1);
            assertTrue(initialized.at("/result/capabilities/completionProvider").isObject(), initialized.toString());
            send(in, notification("initialized").set("params", JSON.createObjectNode()));

            ObjectNode document = JSON.createObjectNode().put("uri", uri).put("languageId", "shots").put("version", 1)
                    .put("text", Files.readString(script));
            send(in, notification("textDocument/didOpen").set("params", JSON.createObjectNode().set("textDocument", document)));
            JsonNode diagnostics = until(out, m -> "textDocument/publishDiagnostics".equals(m.path("method").asText())
                    && uri.equals(m.at("/params/uri").asText()) && m.at("/params/diagnostics").size() > 0);
            JsonNode error = diagnostics.at("/params/diagnostics/0");
            assertEquals("Unknown character 'Ernst'. Did you mean Ernest?", error.path("message").asText());
            assertEquals(3, error.at("/range/start/line").asInt());
            assertEquals(22, error.at("/range/start/character").asInt());

            send(in, request(2, "textDocument/completion").set("params", position(uri, 3, 22)));
            JsonNode completion = until(out, m -> m.path("id").asInt() == 2);
            List<String> labels = new ArrayList<>();
            completion.at("/result/items").forEach(item -> labels.add(item.path("label").asText()));
            assertTrue(labels.containsAll(List.of("Ernest", "Lane")), labels.toString());

            send(in, request(3, "textDocument/hover").set("params", position(uri, 1, 12)));
            JsonNode hover = until(out, m -> m.path("id").asInt() == 3);
            String text = hover.at("/result/contents/value").asText();
            assertTrue(text.startsWith("**shot Bleachers** · 12 s · backend `animatic`"), text);

            send(in, request(4, "shutdown"));
            until(out, m -> m.path("id").asInt() == 4);
            send(in, notification("exit"));
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "longtake lsp did not end after exit");
            assertEquals(0, server.exitValue());
        } finally {
            server.destroyForcibly();
        }
    }

    private static ObjectNode request(int id, String method) {
        return JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    }

    private static ObjectNode notification(String method) {
        return JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method);
    }

    private static ObjectNode position(String uri, int line, int character) {
        ObjectNode params = JSON.createObjectNode();
        params.set("textDocument", JSON.createObjectNode().put("uri", uri));
        params.set("position", JSON.createObjectNode().put("line", line).put("character", character));
        return params;
    }

    private static void send(OutputStream out, JsonNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Reads messages until one passes the test (the server's standard output carries nothing else). */
    private static JsonNode until(InputStream in, Predicate<JsonNode> wanted) throws IOException {
        for (int i = 0; i < 1000; i++) {
            JsonNode message = JSON.readTree(read(in));
            if (wanted.test(message)) {
                return message;
            }
        }
        throw new AssertionError("no such message in 1000");
    }

    private static byte[] read(InputStream in) throws IOException {
        int length = -1;
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("longtake lsp closed its output");
            }
            if (c == '\n') {
                String header = line.toString().strip();
                line.setLength(0);
                if (header.isEmpty()) {
                    break;
                }
                if (!header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    if (!header.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                        throw new IOException("not a protocol header on standard output: " + header);
                    }
                } else {
                    length = Integer.parseInt(header.substring("content-length:".length()).strip());
                }
            } else {
                line.append((char) c);
            }
        }
        return in.readNBytes(length);
    }
}
