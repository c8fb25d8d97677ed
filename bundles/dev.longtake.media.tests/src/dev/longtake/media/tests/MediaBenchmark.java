package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.ClipWriter;
import dev.longtake.media.FFmpegBuild;
import dev.longtake.media.Frames;
import dev.longtake.media.MediaProgress;
import dev.longtake.media.Probe;

/**
 * The media benchmark, not a test: surefire only runs it when asked by name, and it skips
 * itself unless -Dlongtake.bench=true. Run it with releng/bench/media-bench.sh, which does
 * both. It measures, in one run and on the same frames and clips, JavaCV in this OSGi
 * runtime against the Debian ffmpeg command line: encoding 20 s of 1280x720 at 24 fps, and
 * the first 4 frames (and a probe) of 32 clips. CPU time is the process's own for JavaCV
 * (all its threads, from /proc) and the children's for the command line (bash's times).
 */
class MediaBenchmark {

    private static final Path FFMPEG = Path.of("/usr/bin/ffmpeg");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;
    private static final int FPS = 24;
    private static final int ENCODE_FRAMES = 20 * FPS;
    private static final int BITRATE = 4_000_000;
    private static final int CLIPS = 32;
    private static final int CLIP_FRAMES = 3 * FPS;

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        assumeTrue(Boolean.getBoolean("longtake.bench"), "the benchmark runs only with -Dlongtake.bench=true");
        assumeTrue(Files.isExecutable(FFMPEG), "the benchmark compares with " + FFMPEG + " (apt-get install ffmpeg)");
        Path work = Files.createTempDirectory("longtake-bench");
        try {
            header();
            encode(work);
            firstFrames(work);
        } finally {
            deleteTree(work);
        }
        String text = report.toString();
        System.out.println(text);
        String out = System.getProperty("longtake.bench.out");
        if (out != null) {
            // Appended: media-bench.sh empties the report, then each benchmark class adds its part.
            Files.writeString(Path.of(out), text, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private void header() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        String cli = command("bash", "-c", FFMPEG + " -version | head -n 1").trim();
        line("Machine: %d cores (nproc), CPU \"%s\", %s, Java %s (%s).", Runtime.getRuntime().availableProcessors(), cpu,
                Files.readString(Path.of("/proc/version")).split(" \\(")[0], System.getProperty("java.version"),
                System.getProperty("java.vendor"));
        line("In-process: JavaCV 1.5.13 with %s inside Equinox (Tycho surefire test runtime).", FFmpegBuild.current());
        line("Command line: %s (Debian package).", cli);
        line("");
    }

    // ---- encoding ---------------------------------------------------------------------------

    private void encode(Path work) throws Exception {
        line("## Encode 20 s of 1280x720 at 24 fps (%d synthetic frames, %d kbit/s, a keyframe every second)",
                ENCODE_FRAMES, BITRATE / 1000);
        line("");
        // Warm the JIT and FFmpeg's lazily loaded parts before measuring.
        encodeInProcess(work.resolve("warm.mp4"), "mpeg4", 48);
        Measure generation = Measure.of(() -> {
            int[] pixels = new int[WIDTH * HEIGHT];
            for (int i = 0; i < ENCODE_FRAMES; i++) {
                Synthetic.paint(pixels, i);
            }
        });
        Measure openh264 = Measure.of(() -> encodeInProcess(work.resolve("openh264.mp4"), "libopenh264", ENCODE_FRAMES));
        Measure mpeg4 = Measure.of(() -> encodeInProcess(work.resolve("mpeg4.mp4"), "mpeg4", ENCODE_FRAMES));
        Measure[] cliMpeg4 = encodeWithCli(work.resolve("cli-mpeg4.mp4"), "-c:v mpeg4");
        Measure[] cliX264 = encodeWithCli(work.resolve("cli-x264.mp4"), "-c:v libx264 -preset veryfast");

        line("| encoder | run by | wall s | frames/s | CPU s (encoder side) | CPU ratio JavaCV/CLI | wall ratio JavaCV/CLI |");
        line("|---|---|---:|---:|---:|---:|---:|");
        row("libopenh264", "JavaCV in-process", openh264, openh264.cpu - generation.cpu, null, null);
        row("mpeg4", "JavaCV in-process", mpeg4, mpeg4.cpu - generation.cpu, cliMpeg4[0], mpeg4.cpu - generation.cpu);
        row("mpeg4", "ffmpeg CLI (raw frames on stdin)", cliMpeg4[0], cliMpeg4[0].cpu, null, null);
        row("libx264 veryfast (GPL, CLI only)", "ffmpeg CLI (raw frames on stdin)", cliX264[0], cliX264[0].cpu, null, null);
        line("");
        line("Making the frames in Java costs %.2f s CPU (%.2f s wall) and is subtracted from the JavaCV CPU column;"
                + " the Java side of the CLI runs (making and piping the frames) used %.2f s CPU for mpeg4.",
                generation.cpu, generation.wall, cliMpeg4[1].cpu);
        line("Output sizes: openh264 %s, mpeg4 %s (JavaCV); mpeg4 %s, x264 %s (CLI).",
                size(work.resolve("openh264.mp4")), size(work.resolve("mpeg4.mp4")), size(work.resolve("cli-mpeg4.mp4")),
                size(work.resolve("cli-x264.mp4")));
        line("");
    }

    private void row(String encoder, String by, Measure m, double encoderCpu, Measure cli, Double javacvCpu) {
        String cpuRatio = cli == null ? "" : String.format(Locale.ROOT, "%.2f", javacvCpu / cli.cpu);
        String wallRatio = cli == null ? "" : String.format(Locale.ROOT, "%.2f", m.wall / cli.wall);
        line("| %s | %s | %.2f | %.0f | %.2f | %s | %s |", encoder, by, m.wall, ENCODE_FRAMES / m.wall, encoderCpu,
                cpuRatio, wallRatio);
    }

    private static void encodeInProcess(Path target, String encoder, int frames) throws Exception {
        try (ClipWriter clip = ClipWriter.open(target, ClipFormat.video(WIDTH, HEIGHT, FPS).encoder(encoder).bitrate(BITRATE))) {
            int[] pixels = new int[WIDTH * HEIGHT];
            for (int i = 0; i < frames; i++) {
                Synthetic.paint(pixels, i);
                clip.writeArgb(pixels);
            }
            clip.finish();
        }
    }

    /** The same frames as bgra bytes on ffmpeg's stdin; returns {ffmpeg, the Java side}. */
    private static Measure[] encodeWithCli(Path target, String codec) throws Exception {
        String script = FFMPEG + " -v error -y -f rawvideo -pix_fmt bgra -s " + WIDTH + "x" + HEIGHT + " -r " + FPS
                + " -i - " + codec + " -b:v " + BITRATE + " -g " + FPS + " -pix_fmt yuv420p '" + target + "' && times";
        double javaCpuBefore = Measure.processCpu();
        long started = System.nanoTime();
        Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        ByteBuffer bytes = ByteBuffer.allocate(WIDTH * HEIGHT * 4).order(ByteOrder.LITTLE_ENDIAN);
        int[] pixels = new int[WIDTH * HEIGHT];
        try (OutputStream in = process.getOutputStream()) {
            for (int i = 0; i < ENCODE_FRAMES; i++) {
                Synthetic.paint(pixels, i);
                bytes.clear();
                bytes.asIntBuffer().put(pixels);
                in.write(bytes.array());
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.MINUTES);
        double wall = (System.nanoTime() - started) / 1e9;
        double javaCpu = Measure.processCpu() - javaCpuBefore;
        if (process.exitValue() != 0) {
            throw new IOException("ffmpeg failed: " + output);
        }
        return new Measure[] { new Measure(wall, childCpu(output)), new Measure(wall, javaCpu) };
    }

    // ---- first frames -----------------------------------------------------------------------

    private void firstFrames(Path work) throws Exception {
        Path clips = Files.createDirectories(work.resolve("clips"));
        List<Path> files = new ArrayList<>();
        for (int c = 0; c < CLIPS; c++) {
            Path clip = clips.resolve(String.format(Locale.ROOT, "v%02d.mp4", c));
            try (ClipWriter writer = ClipWriter.open(clip, ClipFormat.video(WIDTH, HEIGHT, FPS).bitrate(2_000_000))) {
                int[] pixels = new int[WIDTH * HEIGHT];
                for (int i = 0; i < CLIP_FRAMES; i++) {
                    Synthetic.paint(pixels, i + 1000 * c);
                    writer.writeArgb(pixels);
                }
                writer.finish();
            }
            files.add(clip);
        }
        line("## First 4 frames of %d clips (1280x720 H.264, 3 s each), scaled to 320x180", CLIPS);
        line("");
        Path out = Files.createDirectories(work.resolve("frames"));
        // Warm-up, as a long-running workbench or CLI session would be.
        for (int c = 0; c < 4; c++) {
            Frames.first(files.get(c), 4, 320, 320, MediaProgress.NONE);
            Probe.of(files.get(c));
        }
        Measure javacvPng = Measure.of(() -> {
            for (Path clip : files) {
                List<BufferedImage> frames = Frames.first(clip, 4, 320, 320, MediaProgress.NONE);
                for (int i = 0; i < frames.size(); i++) {
                    Frames.writeImage(frames.get(i), out.resolve(clip.getFileName() + "-" + (i + 1) + ".png"));
                }
            }
        });
        Measure cliPng = cli(files, c -> FFMPEG + " -v error -y -i '" + c + "' -frames:v 4 -vf scale=320:-2 '" + out
                + "/cli-" + c.getFileName() + "-%d.png'");
        Measure javacvDecode = Measure.of(() -> {
            for (Path clip : files) {
                Frames.first(clip, 4, 320, 320, MediaProgress.NONE);
            }
        });
        Measure cliDecode = cli(files, c -> FFMPEG + " -v error -i '" + c + "' -frames:v 4 -vf scale=320:-2 -f null -");
        Measure javacvProbe = Measure.of(() -> {
            for (Path clip : files) {
                Probe.of(clip);
            }
        });
        Measure cliProbe = cli(files, c -> "/usr/bin/ffprobe -v error -show_format -show_streams '" + c + "' > /dev/null");

        line("| work, all %d clips | JavaCV wall s | CLI wall s | wall ratio JavaCV/CLI | JavaCV CPU s | CLI CPU s | CPU ratio JavaCV/CLI |", CLIPS);
        line("|---|---:|---:|---:|---:|---:|---:|");
        compare("decode 4 frames, scale, write 4 PNGs each", javacvPng, cliPng);
        compare("decode 4 frames and scale (no output)", javacvDecode, cliDecode);
        compare("probe (JavaCV also reads the last second)", javacvProbe, cliProbe);
        line("");
        line("The CLI figures are %d sequential ffmpeg/ffprobe processes started from one bash script (process"
                + " start included, as `longtake preview` would pay it); JavaCV runs in the already started JVM.", CLIPS);
    }

    private void compare(String work, Measure javacv, Measure cli) {
        line("| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |", work, javacv.wall, cli.wall, javacv.wall / cli.wall,
                javacv.cpu, cli.cpu, javacv.cpu / cli.cpu);
    }

    private static Measure cli(List<Path> clips, java.util.function.Function<Path, String> command) throws Exception {
        StringBuilder script = new StringBuilder();
        for (Path clip : clips) {
            script.append(command.apply(clip)).append(" || exit 1\n");
        }
        script.append("times\n");
        long started = System.nanoTime();
        String output = command("bash", "-c", script.toString());
        return new Measure((System.nanoTime() - started) / 1e9, childCpu(output));
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s");

    /** User + system time of the children, from the second line of bash's {@code times}. */
    private static double childCpu(String output) {
        Matcher m = TIMES.matcher(output);
        if (!m.find() || !m.find()) {
            throw new IllegalStateException("no 'times' output in: " + output);
        }
        return Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2)) + Integer.parseInt(m.group(3)) * 60
                + Double.parseDouble(m.group(4));
    }

    private static String command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static String size(Path file) throws IOException {
        return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Wall and CPU seconds of one piece of work. */
    record Measure(double wall, double cpu) {
        interface Work {
            void run() throws Exception;
        }

        static Measure of(Work work) throws Exception {
            double cpu = processCpu();
            long started = System.nanoTime();
            work.run();
            return new Measure((System.nanoTime() - started) / 1e9, processCpu() - cpu);
        }

        /** CPU seconds of this whole process, every thread (FFmpeg's too), from /proc. */
        static double processCpu() {
            Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElseThrow();
            return cpu.toNanos() / 1e9;
        }
    }

    /**
     * Frames with texture and motion (three drifting sine gratings), so that the encoder has
     * real work, unlike flat colour. Deterministic in the frame index.
     */
    static final class Synthetic {
        private static final int[] WAVE = new int[1024];

        static {
            for (int i = 0; i < WAVE.length; i++) {
                WAVE[i] = (int) Math.round(42 + 42 * Math.sin(2 * Math.PI * i / WAVE.length));
            }
        }

        static void paint(int[] pixels, int t) {
            for (int y = 0; y < HEIGHT; y++) {
                int row = y * WIDTH;
                int wy = WAVE[(y * 3 + t * 5) & 1023];
                for (int x = 0; x < WIDTH; x++) {
                    int r = WAVE[(x * 2 + t * 7) & 1023] + wy + (x * 85 / WIDTH);
                    int g = WAVE[((x + y) * 2 - t * 3) & 1023] + wy;
                    int b = WAVE[((x - y) * 3 + t * 11) & 1023] + (y * 85 / HEIGHT) + 40;
                    pixels[row + x] = 0xff000000 | Math.min(255, r) << 16 | Math.min(255, g) << 8 | Math.min(255, b);
                }
            }
        }
    }
}
