package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.longtake.cli.ExitCode;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaInfo;
import dev.longtake.media.Probe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code longtake probe <file>...}: what a clip or song holds, read in-process by FFmpeg.
 * A file that cannot be read gets one error line naming it; the others are still shown.
 */
@Command(name = "probe",
        description = "Show duration, size, frame rate, codecs, frame count and tags of media files.",
        mixinStandardHelpOptions = true)
public final class ProbeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Video or audio files (.mp4, .mov, .mkv, .webm, .wav, ...).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path file : files) {
            try {
                print(out, Probe.of(file));
            } catch (MediaException e) {
                err.println(spec.qualifiedName() + ": error: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }

    static void print(PrintWriter out, MediaInfo info) {
        out.println(info.file());
        out.printf(Locale.ROOT, "  container  %s, %s, %.3f s%s%n", info.container(), size(info.sizeBytes()),
                info.seconds(), info.bitRate() > 0 ? ", " + info.bitRate() / 1000 + " kbit/s" : "");
        info.video().ifPresent(video -> out.printf(Locale.ROOT, "  video      %s %dx%d%s, %s fps%s%n", video.codec(),
                video.width(), video.height(), video.pixelFormat().isEmpty() ? "" : " " + video.pixelFormat(),
                rate(video.fps()), video.frameCount().isPresent() ? ", " + video.frameCount().getAsLong() + " frames" : ""));
        info.audio().ifPresent(audio -> out.printf(Locale.ROOT, "  audio      %s %d Hz, %d channel%s%n", audio.codec(),
                audio.sampleRate(), audio.channels(), audio.channels() == 1 ? "" : "s"));
        if (!info.tags().isEmpty()) {
            out.println("  tags       " + info.tags().entrySet().stream().map(ProbeCommand::tag)
                    .collect(Collectors.joining("\n             ")));
        }
    }

    private static String tag(Map.Entry<String, String> entry) {
        return entry.getKey() + " = " + entry.getValue().replace("\n", " ");
    }

    /** "24", "23.976", "29.97". */
    private static String rate(double fps) {
        String text = String.format(Locale.ROOT, "%.3f", fps);
        return text.replaceAll("\\.?0+$", "");
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
