package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.longtake.media.AssemblyMetadata;
import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.Join;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.AssemblyResult;
import dev.longtake.media.Assembler;
import dev.longtake.media.FFmpegBuild;
import dev.longtake.media.MediaProgress;
import dev.longtake.media.Probe;
import dev.longtake.media.Upscaler;

/**
 * The upscale and assembly benchmark, not a test: it runs only with -Dlongtake.bench=true
 * (releng/bench/media-bench.sh). In one run and on the same files it measures JavaCV in this
 * OSGi runtime (Upscaler, Assembler) against the Debian ffmpeg command line doing the same
 * work: a 20 s clip upscaled 2x with Lanczos, and 55 takes trimmed, upscaled, joined by
 * 0.5 s crossfades and laid on a 4-minute song; and the same with cuts only, which takes the
 * command line's crossfade filter (xfade works in 4:4:4 only) out of the comparison. Both sides encode with mpeg4 at the same
 * bitrate, a keyframe every second, AAC audio, the index at the front (the Debian build has no
 * openh264, and ours has no x264). With -Dlongtake.bench.full=true the sizes are the real ones
 * (720p takes to 2560x1440); by default everything is half as wide and high (360p to 720p),
 * which runs in a few minutes on two cores.
 */
class AssemblyBenchmark {

    private static final Path FFMPEG = Path.of("/usr/bin/ffmpeg");
    private static final boolean FULL = Boolean.getBoolean("longtake.bench.full");
    private static final int SOURCE_WIDTH = FULL ? 1280 : 640;
    private static final int SOURCE_HEIGHT = FULL ? 720 : 360;
    private static final int WIDTH = SOURCE_WIDTH * 2;
    private static final int HEIGHT = SOURCE_HEIGHT * 2;
    private static final int FPS = 24;
    private static final int BITRATE = FULL ? 12_000_000 : 3_000_000;
    private static final int CLIPS = 55;
    private static final int SONG_SECONDS = 240;
    private static final int CROSSFADE_FRAMES = 12;
    private static final int UPSCALE_PAIRS = 3;

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        assumeTrue(Boolean.getBoolean("longtake.bench"), "the benchmark runs only with -Dlongtake.bench=true");
        assumeTrue(Files.isExecutable(FFMPEG), "the benchmark compares with " + FFMPEG + " (apt-get install ffmpeg)");
        Path work = Files.createTempDirectory("longtake-assembly-bench");
        try {
            line("## Upscale and assembly (%s: %dx%d takes to %dx%d)", FULL ? "real size" : "half size", SOURCE_WIDTH,
                    SOURCE_HEIGHT, WIDTH, HEIGHT);
            line("");
            line("In-process: %s; command line: %s.", FFmpegBuild.current(),
                    command("bash", "-c", FFMPEG + " -version | head -n 1").trim());
            line("");
            Path source = makeSource(work);
            upscale(work, source);
            assembly(work, source);
        } finally {
            deleteTree(work);
        }
        String text = report.toString();
        System.out.println(text);
        String out = System.getProperty("longtake.bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /**
     * A 75 s H.264 take (High profile with B-frames, as generation services deliver) of moving
     * sine gratings, so that decoder, scaler and encoder all have real work: frames made in
     * Java, encoded by the command line's libx264. Not timed.
     */
    private static Path makeSource(Path work) throws Exception {
        Path source = work.resolve("source.mp4");
        int frames = 75 * FPS;
        String script = FFMPEG + " -v error -y -f rawvideo -pix_fmt bgra -s " + SOURCE_WIDTH + "x" + SOURCE_HEIGHT
                + " -r " + FPS + " -i - -c:v libx264 -preset veryfast -b:v " + (FULL ? "4M" : "1500k")
                + " -g " + FPS + " -keyint_min " + FPS + " -pix_fmt yuv420p '" + source + "'";
        Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        int[] pixels = new int[SOURCE_WIDTH * SOURCE_HEIGHT];
        ByteBuffer bytes = ByteBuffer.allocate(pixels.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        try (OutputStream in = process.getOutputStream()) {
            for (int i = 0; i < frames; i++) {
                paint(pixels, i);
                bytes.clear();
                bytes.asIntBuffer().put(pixels);
                in.write(bytes.array());
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("making the source failed: " + output);
        }
        return source;
    }

    // ---- upscale ----------------------------------------------------------------------------------

    private void upscale(Path work, Path longSource) throws Exception {
        Path clip = work.resolve("clip20.mp4");
        command("bash", "-c", FFMPEG + " -v error -y -i '" + longSource + "' -t 20 -c copy '" + clip + "'");
        int frames = (int) Probe.of(clip).video().orElseThrow().frameCount().orElseThrow();
        line("### Upscale: a 20 s clip (%d frames) to %dx%d, Lanczos, mpeg4 at %d Mbit/s", frames, WIDTH, HEIGHT,
                BITRATE / 1_000_000);
        line("");
        // Warm-up: JIT, FFmpeg's lazily loaded parts, the page cache.
        Upscaler.to(WIDTH, HEIGHT).encoder("mpeg4").bitrate(BITRATE).upscale(clip, work.resolve("warm.mp4"),
                MediaProgress.NONE);
        command("bash", "-c", upscaleCli(clip, work.resolve("warm-cli.mp4")));

        // Pairs, one after the other: the machine's speed drifts, so each pair is compared on its own.
        Result[] javacv = new Result[1];
        List<Measure[]> pairs = new ArrayList<>();
        for (int i = 0; i < UPSCALE_PAIRS; i++) {
            Measure ours = Measure.of(() -> javacv[0] = new Result(Upscaler.to(WIDTH, HEIGHT).encoder("mpeg4")
                    .bitrate(BITRATE).upscale(clip, work.resolve("up.mp4"), MediaProgress.NONE)));
            Measure cli = cli(upscaleCli(clip, work.resolve("up-cli.mp4")));
            pairs.add(new Measure[] { ours, cli });
        }
        Result[] h264 = new Result[1];
        Measure openh264 = Measure.of(() -> h264[0] = new Result(Upscaler.to(WIDTH, HEIGHT).encoder("libopenh264")
                .bitrate(BITRATE).upscale(clip, work.resolve("up-h264.mp4"), MediaProgress.NONE)));

        tableHeader();
        for (int i = 0; i < pairs.size(); i++) {
            tableRow("pair " + (i + 1) + ": JavaCV vs ffmpeg CLI (mpeg4)", frames, pairs.get(i)[0], pairs.get(i)[1]);
        }
        medianRow(pairs);
        line("| libopenh264 (the product's default; no CLI counterpart here) | %.1f | | | %.1f | | | %.0f |",
                openh264.wall, openh264.cpu, frames / openh264.wall);
        line("");
        line("JavaCV pipeline (mpeg4): decoding + scaling thread busy %.1f s, waiting %.1f s; encoder thread busy %.1f s,"
                + " waiting %.1f s; finishing (index to the front, read-back, fsync, rename) %.1f s.",
                javacv[0].result.pipeline().decodeBusy(), javacv[0].result.pipeline().decodeWait(),
                javacv[0].result.pipeline().encodeBusy(), javacv[0].result.pipeline().encodeWait(),
                javacv[0].result.pipeline().finishing());
        line("Output sizes: JavaCV %s, CLI %s, openh264 %s.", size(work.resolve("up.mp4")), size(work.resolve("up-cli.mp4")),
                size(work.resolve("up-h264.mp4")));
        line("Command: `%s`", upscaleCli(Path.of("clip.mp4"), Path.of("out.mp4")).replace("'", ""));
        line("");
    }

    private static String upscaleCli(Path clip, Path out) {
        return FFMPEG + " -v error -y -i '" + clip + "' -vf scale=" + WIDTH + ":" + HEIGHT + ":flags=lanczos"
                + " -c:v mpeg4 -b:v " + BITRATE + " -g " + FPS + " -pix_fmt yuv420p -movflags +faststart '" + out + "'";
    }

    // ---- assembly ---------------------------------------------------------------------------------

    private void assembly(Path work, Path longSource) throws Exception {
        Path takes = Files.createDirectories(work.resolve("takes"));
        List<Path> files = new ArrayList<>();
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < CLIPS; i++) {
            Path take = takes.resolve(String.format(Locale.ROOT, "take%02d.mp4", i));
            // 6 s takes from different places of the source (keyframes every second).
            cut.append(FFMPEG).append(" -v error -y -ss ").append(i % 68).append(" -i '").append(longSource)
                    .append("' -t 6 -c copy '").append(take).append("' || exit 1\n");
            files.add(take);
        }
        command("bash", "-c", cut.toString());
        Path song = work.resolve("song.wav");
        command("bash", "-c", FFMPEG + " -v error -y -f lavfi -i \"aevalsrc=0.3*sin(2*PI*220*t)*(1+0.5*sin(2*PI*0.5*t))"
                + "+0.2*sin(2*PI*277.2*t)|0.3*sin(2*PI*330*t)+0.2*sin(2*PI*415.3*t):s=44100:d=" + SONG_SECONDS
                + "\" -c:a pcm_s16le '" + song + "'");
        assembly(work, files, song, CROSSFADE_FRAMES);
        assembly(work, files, song, 0);
    }

    /**
     * The 55 takes on the song, each from 0.5 s, joined by crossfades of {@code overlap}
     * frames (or cut when 0), in whole frames adding up to exactly the song's 240 s.
     */
    private void assembly(Path work, List<Path> files, Path song, int overlap) throws Exception {
        int totalFrames = SONG_SECONDS * FPS;
        int sum = totalFrames + (CLIPS - 1) * overlap;
        AssemblyPlan.Builder plan = AssemblyPlan.builder(WIDTH, HEIGHT, FPS).song(song).videoEncoder("mpeg4")
                .videoBitrate(BITRATE);
        List<int[]> placed = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < CLIPS; i++) {
            int length = sum / CLIPS + (i < sum % CLIPS ? 1 : 0);
            Segment segment = Segment.of(files.get(i), 0.5, length / (double) FPS, start / (double) FPS);
            plan.add(i < CLIPS - 1 && overlap > 0 ? segment.joinedBy(Join.crossfade(overlap / (double) FPS)) : segment);
            placed.add(new int[] { start, length });
            start += length - overlap;
        }
        AssemblyPlan built = plan.build();
        Path script = work.resolve("filter.txt");
        Files.writeString(script, filterGraph(placed, overlap));

        int shortest = placed.stream().mapToInt(p -> p[1]).min().orElseThrow();
        int longest = placed.stream().mapToInt(p -> p[1]).max().orElseThrow();
        line("### Assembly: %d takes of 6 s, trimmed (from 0.5 s) to %.2f-%.2f s, upscaled to %dx%d, %s, on a %d s"
                + " song (%d frames), mpeg4 at %d Mbit/s + AAC 192 kbit/s", CLIPS, shortest / (double) FPS,
                longest / (double) FPS, WIDTH, HEIGHT, overlap > 0 ? String.format(Locale.ROOT, "%.1f s crossfades",
                        overlap / (double) FPS) : "cuts only", SONG_SECONDS, totalFrames, BITRATE / 1_000_000);
        line("");
        Result[] javacv = new Result[1];
        Measure hashing = Measure.of(() -> {
            for (Path file : files) {
                Synth.sha256(file);
            }
            Synth.sha256(song);
        });
        Path ourOutput = work.resolve("cut.mp4");
        Path cliOutput = work.resolve("cut-cli.mp4");
        Measure ours = Measure.of(() -> javacv[0] = new Result(Assembler.assemble(built, ourOutput,
                AssemblyMetadata.titled("Benchmark"), MediaProgress.NONE)));
        Measure cli = cli(assemblyCli(files, placed, song, script, cliOutput));
        tableHeader();
        tableRow("JavaCV vs ffmpeg CLI (mpeg4)", totalFrames, ours, cli);
        line("");
        AssemblyResult result = javacv[0].result;
        line("JavaCV pipeline: decoding + scaling + mixing thread busy %.1f s, waiting for the encoder %.1f s; encoder"
                + " thread busy %.1f s, waiting %.1f s; finishing %.1f s. Its CPU includes probing every input and the"
                + " SHA-256 of every take, the song and the output for the provenance manifest (hashing the inputs"
                + " alone: %.2f s CPU).", result.pipeline().decodeBusy(), result.pipeline().decodeWait(),
                result.pipeline().encodeBusy(), result.pipeline().encodeWait(), result.pipeline().finishing(),
                hashing.cpu);
        line("Output: JavaCV %s, %.3f s; CLI %s, %.3f s.", size(ourOutput), Probe.of(ourOutput).seconds(),
                size(cliOutput), Probe.of(cliOutput).seconds());
        line("Command: `ffmpeg -ss 0.5 -t <length> -i take00.mp4 ... (55 inputs) -i song.wav -filter_complex_script"
                + " filter.txt -map [v] -map [a] -c:v mpeg4 -b:v %d -g %d -pix_fmt yuv420p -c:a aac -b:a 192k -movflags"
                + " +faststart cut.mp4`, with per take `scale=%d:%d:flags=lanczos,setsar=1,format=yuv420p`, %s, the song"
                + " through `afade` in 0.1 s and out 0.5 s.", BITRATE, FPS, WIDTH, HEIGHT, overlap > 0
                        ? "a chain of 54 `xfade=transition=fade:duration=0.5:offset=<start>`"
                        : "`concat=n=55:v=1:a=0`");
        line("");
        Files.delete(ourOutput);
        Files.delete(cliOutput);
    }

    private static String filterGraph(List<int[]> placed, int overlap) {
        StringBuilder graph = new StringBuilder();
        for (int i = 0; i < placed.size(); i++) {
            graph.append(String.format(Locale.ROOT, "[%d:v]scale=%d:%d:flags=lanczos,setsar=1,format=yuv420p[v%d];%n", i,
                    WIDTH, HEIGHT, i));
        }
        if (overlap > 0) {
            String previous = "v0";
            for (int i = 1; i < placed.size(); i++) {
                String next = i == placed.size() - 1 ? "x" : "x" + i;
                graph.append(String.format(Locale.ROOT, "[%s][v%d]xfade=transition=fade:duration=%.6f:offset=%.6f[%s];%n",
                        previous, i, overlap / (double) FPS, placed.get(i)[0] / (double) FPS, next));
                previous = next;
            }
        } else {
            for (int i = 0; i < placed.size(); i++) {
                graph.append("[v").append(i).append(']');
            }
            graph.append("concat=n=").append(placed.size()).append(":v=1:a=0[x];\n");
        }
        graph.append("[x]format=yuv420p[v];\n");
        graph.append(String.format(Locale.ROOT, "[%d:a]atrim=0:%d,afade=t=in:d=0.1,afade=t=out:st=%.1f:d=0.5,"
                + "aresample=48000[a]%n", placed.size(), SONG_SECONDS, SONG_SECONDS - 0.5));
        return graph.toString();
    }

    private static String assemblyCli(List<Path> takes, List<int[]> placed, Path song, Path script, Path out) {
        StringBuilder command = new StringBuilder(FFMPEG + " -v error -y");
        for (int i = 0; i < takes.size(); i++) {
            command.append(String.format(Locale.ROOT, " -ss 0.5 -t %.6f -i '%s'", placed.get(i)[1] / (double) FPS,
                    takes.get(i)));
        }
        command.append(" -i '").append(song).append("' -filter_complex_script '").append(script)
                .append("' -map '[v]' -map '[a]' -c:v mpeg4 -b:v ").append(BITRATE).append(" -g ").append(FPS)
                .append(" -pix_fmt yuv420p -c:a aac -b:a 192k -movflags +faststart -metadata title=Benchmark '")
                .append(out).append("'");
        return command.toString();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void tableHeader() {
        line("| run | JavaCV wall s | CLI wall s | wall ratio JavaCV/CLI | JavaCV CPU s | CLI CPU s | CPU ratio JavaCV/CLI"
                + " | frames/s JavaCV, CLI |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
    }

    private void tableRow(String run, int frames, Measure ours, Measure cli) {
        line("| %s | %.1f | %.1f | **%.2f** | %.1f | %.1f | **%.3f** | %.0f, %.0f |", run, ours.wall, cli.wall,
                ours.wall / cli.wall, ours.cpu, cli.cpu, ours.cpu / cli.cpu, frames / ours.wall, frames / cli.wall);
    }

    /** The median of the pairs' ratios. */
    private void medianRow(List<Measure[]> pairs) {
        double[] wall = pairs.stream().mapToDouble(p -> p[0].wall / p[1].wall).sorted().toArray();
        double[] cpu = pairs.stream().mapToDouble(p -> p[0].cpu / p[1].cpu).sorted().toArray();
        line("| median of the pairs' ratios | | | **%.2f** | | | **%.3f** | |", wall[wall.length / 2], cpu[cpu.length / 2]);
    }

    /** Holds a result made inside a lambda. */
    private record Result(AssemblyResult result) {
    }

    private static Measure cli(String script) throws Exception {
        long started = System.nanoTime();
        String output = command("bash", "-c", script + " && times");
        return new Measure((System.nanoTime() - started) / 1e9, childCpu(output));
    }

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
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
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

    private static final int[] WAVE = new int[1024];

    static {
        for (int i = 0; i < WAVE.length; i++) {
            WAVE[i] = (int) Math.round(42 + 42 * Math.sin(2 * Math.PI * i / WAVE.length));
        }
    }

    /** Moving sine gratings, deterministic in the frame index (MediaBenchmark's, at any size). */
    private static void paint(int[] pixels, int t) {
        for (int y = 0; y < SOURCE_HEIGHT; y++) {
            int row = y * SOURCE_WIDTH;
            int wy = WAVE[(y * 3 + t * 5) & 1023];
            for (int x = 0; x < SOURCE_WIDTH; x++) {
                int r = WAVE[(x * 2 + t * 7) & 1023] + wy + (x * 85 / SOURCE_WIDTH);
                int g = WAVE[((x + y) * 2 - t * 3) & 1023] + wy;
                int b = WAVE[((x - y) * 3 + t * 11) & 1023] + (y * 85 / SOURCE_HEIGHT) + 40;
                pixels[row + x] = 0xff000000 | Math.min(255, r) << 16 | Math.min(255, g) << 8 | Math.min(255, b);
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
            return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() / 1e9;
        }
    }
}
