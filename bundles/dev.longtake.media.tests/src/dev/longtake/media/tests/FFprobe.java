package dev.longtake.media.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The Debian ffprobe command, as an independent reader of what Longtake writes. */
final class FFprobe {

    static final Path COMMAND = Path.of("/usr/bin/ffprobe");

    private FFprobe() {
    }

    static boolean available() {
        return Files.isExecutable(COMMAND);
    }

    /**
     * ffprobe's flat output for the first video stream and the container, e.g.
     * "streams.stream.0.codec_name" -> "h264", "format.duration" -> "2.000000",
     * "format.tags.title" -> "...".
     */
    static Map<String, String> probe(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(COMMAND.toString(), "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,width,height,r_frame_rate,nb_read_frames,nb_frames,pix_fmt"
                        + ":format=duration,format_name:format_tags",
                "-of", "flat", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("ffprobe failed on " + file + ": " + output);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                String value = line.substring(equals + 1).trim();
                if (value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(line.substring(0, equals), value);
            }
        }
        return values;
    }
}
