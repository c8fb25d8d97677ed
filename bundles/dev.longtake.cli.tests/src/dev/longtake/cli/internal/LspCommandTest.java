package dev.longtake.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.cli.ExitCode;

/**
 * {@code longtake lsp} speaks the protocol on its streams: a client written here by hand (raw
 * JSON-RPC with Content-Length headers over OS pipes, no LSP library) initializes it, opens a
 * script with an error, receives the diagnostic, asks for completion, shuts it down and exits.
 */
class LspCommandTest {

    @TempDir
    Path folder;

    @Test
    void theCommandIsListed() {
        StringWriter out = new StringWriter();
        int code = new Longtake(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .run(new String[] { "help", "lsp" });
        assertEquals(ExitCode.OK, code);
        assertTrue(out.toString().contains("Language Server Protocol"), out.toString());
    }

    @Test
    void aHandWrittenClientGetsDiagnosticsAndCompletionThenShutsItDown() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(180), this::conversation);
    }

    private void conversation() throws Exception {
        Path script = Files.writeString(folder.resolve("script.shots"), """
                character Ernest "a young man"
                location Field "a football field at dusk"
                sequence One {
                    shot Bleachers 12s {
                        in Field with Ernst: "Ernest sits alone"
                    }
                }
                """, StandardCharsets.UTF_8);
        String uri = script.toUri().toString();
        String root = folder.toUri().toString();

        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        LspCommand command = new LspCommand();
        command.in = Channels.newInputStream(toServer.source());
        command.out = Channels.newOutputStream(toClient.sink());
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return command.call();
            } catch (InterruptedException e) {
                return -1;
            }
        }, runnable -> new Thread(runnable, "longtake lsp").start());

        OutputStream client = Channels.newOutputStream(toServer.sink());
        InputStream server = Channels.newInputStream(toClient.source());

        send(client, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                + "\"rootUri\":\"" + root + "\",\"capabilities\":{}}}");
        String initialized = until(server, "\"id\":1");
        assertTrue(initialized.contains("\"completionProvider\""), initialized);
        send(client, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

        String text = Files.readString(script).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        send(client, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                + "{\"uri\":\"" + uri + "\",\"languageId\":\"shots\",\"version\":1,\"text\":\"" + text + "\"}}}");
        // (Gson writes the apostrophes as \u0027)
        String diagnostics = until(server, "Unknown character \\u0027Ernst\\u0027. Did you mean Ernest?");
        assertTrue(diagnostics.contains("textDocument/publishDiagnostics"), diagnostics);
        assertTrue(diagnostics.contains("\"start\":{\"line\":4,\"character\":22}"), diagnostics);

        // completion where Ernst is written: the cast
        send(client, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/completion\",\"params\":{"
                + "\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":4,\"character\":22}}}");
        String completion = until(server, "\"id\":2");
        assertTrue(completion.contains("\"label\":\"Ernest\""), completion);

        send(client, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}");
        until(server, "\"id\":3");
        send(client, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        assertEquals(0, exit.get(60, TimeUnit.SECONDS));
        toServer.sink().close();
        toClient.source().close();
    }

    private static void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Reads messages until one contains the text; returns it. */
    private static String until(InputStream in, String text) throws IOException {
        for (int i = 0; i < 1000; i++) {
            String message = read(in);
            if (message.contains(text)) {
                return message;
            }
        }
        throw new AssertionError("no message with " + text);
    }

    private static String read(InputStream in) throws IOException {
        int length = -1;
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("the server closed its output");
            }
            if (c == '\n') {
                String header = line.toString().strip();
                line.setLength(0);
                if (header.isEmpty()) {
                    break;
                }
                if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring("content-length:".length()).strip());
                }
            } else {
                line.append((char) c);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(in.readNBytes(length));
        return body.toString(StandardCharsets.UTF_8);
    }
}
