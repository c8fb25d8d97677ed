package dev.longtake.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the repository's ./longtake script on the product the build just materialized. */
final class LongtakeCommand {

    static final Path ROOT = Path.of(System.getProperty("longtake.root", "../..")).toAbsolutePath().normalize();
    static final Path PRODUCT = ROOT.resolve("releng/dev.longtake.product/target/products/dev.longtake.product/linux/gtk/x86_64/longtake");

    record Result(int exitCode, String out, String err) {
    }

    private LongtakeCommand() {
    }

    /** Builds a process running ./longtake with the given arguments, never rebuilding. */
    static ProcessBuilder builder(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("longtake").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("LONGTAKE_SKIP_BUILD", "1");
        builder.environment().putAll(env);
        return builder;
    }

    static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = builder(env, args);
        builder.environment().remove("DISPLAY"); // headless commands must not need one
        Path out = Files.createTempFile("longtake", ".out");
        Path err = Files.createTempFile("longtake", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("longtake " + String.join(" ", args) + " did not end in 120 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Starts {@code ./longtake studio film} in its own workspace under temp, waits for the usable
     * window's start-up report (StartupReport), closes the studio and returns the report; fails
     * with the studio's output when no window comes. Needs a display.
     */
    static String studioReport(Map<String, String> env, Path film, Path temp) throws IOException, InterruptedException {
        Path workspace = temp.resolve("workspace");
        Path report = temp.resolve("startup.txt");
        Path log = temp.resolve("studio.log");
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("LONGTAKE_WORKSPACE", workspace.toString());
        all.put("LONGTAKE_JAVA_OPTS", "-Dlongtake.startupReport=" + report);
        Process studio = builder(all, "studio", film.toString()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.exists(report) && studio.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (!Files.exists(report)) {
                throw new AssertionError("no usable window; studio output:\n" + Files.readString(log));
            }
            return Files.readString(report);
        } finally {
            studio.destroy();
            studio.waitFor(30, TimeUnit.SECONDS);
            studio.destroyForcibly();
        }
    }
}
