package dev.longtake.render.animatic.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.longtake.render.BackendRegistry;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderListener;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.RenderResult;
import dev.longtake.render.animatic.AnimaticBackend;

/**
 * The animatic's throughput, run by releng/bench/render-bench.sh: SHOTS shots of TAKES takes of
 * SECONDS s at 1280x720, 24 fps, rendered through the engine as {@code longtake render} will.
 * Arguments: shots, takes, seconds (default 20 3 10).
 */
public final class AnimaticBenchmark {

    private static final String[] PLACES = { "in a crowded 1980s high-school corridor lined with green lockers",
        "into a sunlit classroom with wooden desks and a chalkboard", "out to a football field at dusk",
        "through a small farmhouse kitchen, morning light", "out to a porch at night, crickets",
        "into a neon-lit city street in the rain" };
    private static final String[] MOVES = { "dolly forward", "slow push-in", "pan left", "slow pull back",
        "orbit around the table", "crane up" };

    private AnimaticBenchmark() {
    }

    record Request(String shotName, int takeNumber, String promptText, double durationSeconds, Long seed)
            implements RenderRequest {
        public int width() {
            return 1280;
        }

        public int height() {
            return 720;
        }

        public double fps() {
            return 24;
        }

        public List<String> referenceImages() {
            return List.of();
        }

        public String imageInput() {
            return null;
        }

        public String continuesShot() {
            return null;
        }

        public String backendName() {
            return AnimaticBackend.NAME;
        }

        public String hash() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                        (shotName + takeNumber + promptText + durationSeconds + seed).getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int shots = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int takes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        List<Request> requests = new ArrayList<>();
        for (int s = 0; s < shots; s++) {
            String prompt = "One continuous shot, camera " + MOVES[s % MOVES.length] + ". 0-" + (int) (seconds / 2)
                    + " s: " + PLACES[s % PLACES.length] + ", the camera glides on. " + (int) (seconds / 2) + "-"
                    + (int) seconds + " s: " + PLACES[(s + 1) % PLACES.length] + ": the light changes.";
            for (int t = 1; t <= takes; t++) {
                requests.add(new Request(String.format("Shot%02d", s + 1), t, prompt, seconds, (long) t));
            }
        }
        Path project = Files.createTempDirectory("animatic-bench");
        System.out.printf(Locale.ROOT, "machine: %d processors, Java %s; load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load());
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        RenderResult result;
        try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(new AnimaticBackend()),
                RenderOptions.defaults())) {
            result = engine.render(engine.plan(requests, null), RenderListener.NONE);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpu() - cpu0) / 1e9;
        long frames = Math.round(requests.size() * seconds * 24);
        long bytes;
        try (Stream<Path> files = Files.walk(project.resolve("takes"))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT,
                "animatic: %d shots x %d takes x %.0f s at 1280x720, 24 fps = %d frames: %.1f s wall (%.0f frames/s),"
                        + " %.1f s CPU (%.0f frames/s per core); %d done; %.1f MB of AVI (%.0f KB a frame)%n",
                shots, takes, seconds, frames, wall, frames / wall, cpu, frames / cpu,
                result.count(RenderResult.Outcome.DONE), bytes / 1e6, bytes / 1024.0 / frames);
        System.out.println("load average after: " + load());
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
