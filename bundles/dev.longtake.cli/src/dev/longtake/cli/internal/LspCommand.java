package dev.longtake.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import dev.longtake.dsl.ide.ShotsLanguageServer;
import picocli.CommandLine.Command;

/**
 * {@code longtake lsp}: the shot language's language server on standard input and output, for
 * any editor with a language server client (VS Code, Neovim, Helix, Emacs, ...).
 */
@Command(name = "lsp",
        description = { "Serve the shot language over the Language Server Protocol on standard input and output: "
                + "completion, diagnostics while typing, hover with a shot's compiled prompt, outline, go to definition, "
                + "references, rename across files, formatting, semantic highlighting and quick fixes.",
                "The editor starts it and talks to it; the workspace folder it opens is the film's folder. "
                        + "Exits 0 after the client's shutdown and exit, 1 when the client goes away without them." })
public final class LspCommand implements Callable<Integer> {

    /** The protocol's streams: standard input and output, unless a test gives others. */
    InputStream in = System.in;
    OutputStream out = System.out;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream stdout = System.out;
        InputStream stdin = System.in;
        // Standard output carries the protocol: anything else printed there would corrupt it, so
        // stray output goes to standard error while the server runs.
        System.setOut(System.err);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        try (ShotsLanguageServer.Session session = ShotsLanguageServer.start(in, out)) {
            return session.awaitExit();
        } finally {
            System.setOut(stdout);
            System.setIn(stdin);
        }
    }
}
