package dev.longtake.render.animatic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Asks Debian's ffprobe and ffmpeg what a file holds: the reference, not our own reader. */
final class Probe {

    private Probe() {
    }

    static boolean available() {
        try {
            return run(List.of("ffprobe", "-version")).exitCode == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** stream and format entries of the first video stream, as key=value. */
    static Map<String, String> video(Path file) throws IOException {
        Result result = run(List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "stream=codec_name,width,height,r_frame_rate,nb_frames:format=duration,format_name", "-of",
                "default=noprint_wrappers=1", file.toString()));
        if (result.exitCode != 0) {
            throw new AssertionError("ffprobe failed on " + file + ": " + result.err);
        }
        Map<String, String> values = new HashMap<>();
        result.out.lines().filter(line -> line.contains("=")).forEach(line -> {
            int eq = line.indexOf('=');
            values.put(line.substring(0, eq), line.substring(eq + 1));
        });
        return values;
    }

    /** Errors ffmpeg reports decoding every frame; empty when the file is sound. */
    static String decodeErrors(Path file) throws IOException {
        Result result = run(List.of("ffmpeg", "-v", "error", "-i", file.toString(), "-f", "null", "-"));
        return result.exitCode == 0 ? result.err.strip() : "exit " + result.exitCode + ": " + result.err;
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(List<String> command) throws IOException {
        Path out = Files.createTempFile("probe", ".out");
        Path err = Files.createTempFile("probe", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not end in 60 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
