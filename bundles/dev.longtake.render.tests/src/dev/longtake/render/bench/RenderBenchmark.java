package dev.longtake.render.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.Money;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderListener;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderPlanner;
import dev.longtake.render.RenderResult;
import dev.longtake.render.testing.ContractServer;
import dev.longtake.render.testing.CrashRenderMain;
import dev.longtake.render.testing.FakeBackend;
import dev.longtake.render.testing.HttpVideoBackend;
import dev.longtake.render.testing.TestRequest;

/**
 * The render engine's benchmarks (product.md's budgets), run by releng/bench/render-bench.sh:
 * <ul>
 * <li>{@code plan}: plan 700 takes with a zero-latency backend (budget: under 1 s);</li>
 * <li>{@code queue}: engine overhead per job with a zero-latency backend (budget: under 1 ms),
 * on the disk and on tmpfs, to tell the engine's own cost from the disk's fsyncs;</li>
 * <li>{@code http}: 700 takes against a local service with 1 s latency, concurrency 8, against
 * the ideal 700 / 8 s.</li>
 * </ul>
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> parts = args.length == 0 ? List.of("plan", "queue", "http") : Arrays.asList(args);
        System.out.println(machine());
        if (parts.contains("plan")) {
            plan();
        }
        if (parts.contains("queue")) {
            queue(Path.of(System.getProperty("java.io.tmpdir")), "disk (" + System.getProperty("java.io.tmpdir") + ")");
            if (Files.isDirectory(Path.of("/dev/shm"))) {
                queue(Path.of("/dev/shm"), "tmpfs (/dev/shm, fsync is free)");
            }
        }
        if (parts.contains("http")) {
            http();
        }
        System.out.println("load average after: " + loadAverage());
    }

    private static List<TestRequest> requests(int count, String backend) {
        List<TestRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String shot = String.format("Shot%03d", i / 4 + 1);
            requests.add(TestRequest.of(shot, i % 4 + 1, "One continuous shot, camera dolly forward. 0-10 s: in "
                    + shot + ", a long prompt of a few hundred characters ".repeat(4), 10, backend));
        }
        return requests;
    }

    static void plan() throws IOException {
        BackendRegistry backends = new BackendRegistry().register(FakeBackend.paid("cloud", true, 8));
        List<TestRequest> requests = requests(700, "cloud");
        Money budget = Money.of("650", "USD");
        Path empty = Files.createTempDirectory("plan-empty");
        Path half = Files.createTempDirectory("plan-half");
        // A ledger of 700 takes: the first 350 requests done, 350 takes of an earlier version of the script.
        LedgerStore.of(new ProjectLayout(half)).update(ledger -> {
            for (int i = 0; i < 700; i++) {
                TestRequest r = requests.get(i % 350);
                Take take = LongtakeFactory.eINSTANCE.createTake();
                take.setId(r.shotName() + "-" + (i < 350 ? r.takeNumber() : r.takeNumber() + 4));
                take.setShotName(r.shotName());
                take.setRequestHash(i < 350 ? r.hash() : "old-" + i);
                take.setState(TakeState.DONE);
                take.setFile("takes/" + r.shotName() + "/" + take.getId() + ".mp4");
                take.setPromptAsSent(r.promptText());
                take.getParameters().put("sha256", "0".repeat(64));
                ledger.getTakes().add(take);
            }
            return null;
        });
        for (Path project : List.of(empty, half)) {
            String what = project == empty ? "empty ledger" : "ledger of 700 takes, 350 of them done";
            long first = time(() -> RenderPlanner.plan(new ProjectLayout(project), requests, budget, backends));
            long[] warm = new long[20];
            RenderPlan plan = null;
            for (int i = 0; i < warm.length; i++) {
                long t0 = System.nanoTime();
                plan = RenderPlanner.plan(new ProjectLayout(project), requests, budget, backends);
                warm[i] = System.nanoTime() - t0;
            }
            System.out.printf(Locale.ROOT,
                    "plan 700 takes, %s: first %.1f ms, warm median %.1f ms (max %.1f ms); %d to render, %d already done%n",
                    what, first / 1e6, median(warm) / 1e6, Arrays.stream(warm).max().orElse(0) / 1e6, plan.takes().size(),
                    plan.alreadyDone().size());
        }
        delete(empty);
        delete(half);
    }

    static void queue(Path parent, String where) throws IOException {
        for (int round = 1; round <= 2; round++) {
            Path project = Files.createTempDirectory(parent, "queue");
            FakeBackend backend = FakeBackend.free("instant");
            List<TestRequest> requests = requests(700, "instant");
            long cpu0 = processCpu();
            long t0 = System.nanoTime();
            RenderResult result;
            try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend),
                    RenderOptions.defaults())) {
                result = engine.render(engine.plan(requests, null), RenderListener.NONE);
            }
            long wall = System.nanoTime() - t0;
            long cpu = processCpu() - cpu0;
            System.out.printf(Locale.ROOT,
                    "queue, zero-latency backend, 700 jobs, concurrency 8, %s, round %d: %.0f ms in all, %.3f ms a job"
                            + " (wall), %.3f ms CPU a job; %d done%n",
                    where, round, wall / 1e6, wall / 1e6 / 700, cpu / 1e6 / 700, result.count(RenderResult.Outcome.DONE));
            delete(project);
        }
    }

    static void http() throws Exception {
        String key = UUID.randomUUID().toString();
        try (ContractServer service = new ContractServer(key,
                new ContractServer.Behaviour(1000, 1000, 0, 0, 16 * 1024, 1))) {
            Path project = Files.createTempDirectory("http");
            HttpVideoBackend backend = new HttpVideoBackend(URI.create(service.baseUrl()), key, 8);
            List<TestRequest> requests = CrashRenderMain.requests(700);
            long t0 = System.nanoTime();
            RenderResult result;
            try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend),
                    RenderOptions.defaults())) {
                result = engine.render(engine.plan(requests, null), RenderListener.NONE);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double ideal = 700 / 8.0;
            System.out.printf(Locale.ROOT,
                    "http, 700 takes, 1 s latency, concurrency 8: %.1f s against the ideal %.1f s (%.1f %% over);"
                            + " %d done, %d jobs created, %d status polls (%.1f a job)%n",
                    seconds, ideal, (seconds / ideal - 1) * 100, result.count(RenderResult.Outcome.DONE),
                    service.created.get(), service.statusRequests.get(), service.statusRequests.get() / 700.0);
            delete(project);
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static long time(Work work) {
        long t0 = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - t0;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String machine() {
        return String.format(Locale.ROOT, "machine: %d processors, %s %s, Java %s (%s); load average before: %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), System.getProperty("java.vendor"),
                loadAverage());
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
