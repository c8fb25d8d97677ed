package dev.longtake.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.JobStatus;
import dev.longtake.render.Money;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderRequest;

/** plan and render as the commands will run them once the script gives the requests. */
class RenderCommandSupportTest {

    @TempDir
    Path film;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    record Request(String shotName, int takeNumber, String backendName, double durationSeconds)
            implements RenderRequest {
        public String promptText() {
            return "the camera glides through " + shotName;
        }

        public int width() {
            return 1280;
        }

        public int height() {
            return 720;
        }

        public double fps() {
            return 24;
        }

        public Long seed() {
            return null;
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

        public String hash() {
            return shotName + "-" + takeNumber + "-" + backendName + "-" + durationSeconds;
        }
    }

    /** A service that renders at once: "free" costs nothing, "cloud" 0.10 USD a second. */
    static final class InstantBackend implements Backend {
        final String name;
        final BackendCapabilities capabilities;
        final Map<String, RenderRequest> jobs = new ConcurrentHashMap<>();
        final AtomicInteger submits = new AtomicInteger();

        InstantBackend(String name, String pricePerSecond) {
            this.name = name;
            this.capabilities = BackendCapabilities.builder(name).maxSeconds(60).anySizeUpTo(1920, 1080, pricePerSecond)
                    .concurrency(2).build();
        }

        public String name() {
            return name;
        }

        public BackendCapabilities capabilities() {
            return capabilities;
        }

        public String submit(RenderRequest request, String key) {
            String id = name + "-" + submits.incrementAndGet();
            jobs.put(id, request);
            return id;
        }

        public JobStatus poll(String id) {
            return jobs.containsKey(id) ? JobStatus.succeeded(id) : JobStatus.unknown();
        }

        public void fetch(String id, JobStatus finished, Path target, DoubleConsumer progress) {
            try {
                Files.writeString(target, "video of " + jobs.get(id).hash(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public void cancel(String id) {
            jobs.remove(id);
        }
    }

    private final InstantBackend free = new InstantBackend("free", "0");
    private final InstantBackend cloud = new InstantBackend("cloud", "0.10");

    private RenderCommandSupport support(boolean terminal) {
        return new RenderCommandSupport(film, new BackendRegistry().register(free).register(cloud),
                new PrintWriter(out, true), new PrintWriter(err, true), terminal);
    }

    private static List<Request> takes(String shot, int count, String backend) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> new Request(shot, n, backend, 10)).toList();
    }

    @Test
    void planPrintsEachTakeWithItsEstimateAndTheTotals() {
        List<Request> requests = new java.util.ArrayList<>(takes("Hallway", 2, "cloud"));
        requests.addAll(takes("Porch", 1, "free"));
        assertEquals(ExitCode.OK, support(false).plan(requests, Money.of("650", "USD")));
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).matches("SHOT\\s+TAKE\\s+BACKEND\\s+SIZE\\s+FPS\\s+SECONDS\\s+ESTIMATE"), lines.get(0));
        assertTrue(lines.get(1).matches("Hallway\\s+1\\s+cloud\\s+1280x720\\s+24\\s+10\\s+1.00 USD"), lines.get(1));
        assertTrue(out.toString().contains("cloud            2 takes        20 s  2.00 USD"), out.toString());
        assertTrue(out.toString().contains("The plan's 3 takes cost an estimated 2.00 USD and 0.00 USD is already spent:"
                + " 2.00 USD, within the budget of 650.00 USD"), out.toString());
        assertFalse(Files.exists(film.resolve(".longtake")), "planning writes nothing");
    }

    @Test
    void planAboveTheBudgetFailsWithTheFigures() {
        CommandFailure failure = assertThrows(CommandFailure.class,
                () -> support(false).plan(takes("Hallway", 8, "cloud"), Money.of("5", "USD")));
        assertEquals("render plan refused: the plan's 8 takes cost an estimated 8.00 USD and 0.00 USD is already"
                + " spent: 8.00 USD, which is 3.00 USD over the budget of 5.00 USD", failure.getMessage());
    }

    @Test
    void renderWritesEveryTakeReportsEachOnALineAndThenHasNothingLeft() {
        List<Request> requests = takes("Hallway", 3, "free");
        assertEquals(ExitCode.OK, support(false).render(requests, null, RenderOptions.defaults()));
        String printed = out.toString();
        assertTrue(printed.contains("done      Hallway-1  takes/Hallway/1.mp4  ["), printed);
        assertTrue(printed.contains("rendered: 3 done"), printed);
        assertFalse(printed.contains("\u001b"), "no terminal codes in plain output");
        for (int n = 1; n <= 3; n++) {
            assertTrue(Files.isRegularFile(film.resolve("takes/Hallway/" + n + ".mp4")));
        }
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, support(false).render(requests, null, RenderOptions.defaults()));
        assertTrue(out.toString().contains("nothing to render: 3 of 3 takes are in the ledger"), out.toString());
        assertEquals(3, free.submits.get());
    }

    @Test
    void onATerminalProgressIsDrawnInPlace() {
        assertEquals(ExitCode.OK, support(true).render(takes("Hallway", 2, "free"), null, RenderOptions.defaults()));
        assertTrue(out.toString().contains("\u001b[2K"), "redrawn with terminal codes");
        assertTrue(out.toString().contains("[##############################] 2/2 done"), out.toString());
    }

    @Test
    void anUnknownBackendStopsTheRenderNamingIt() {
        CommandFailure failure = assertThrows(CommandFailure.class,
                () -> support(false).render(takes("Hallway", 1, "runway"), null, RenderOptions.defaults()));
        assertEquals("unknown backend 'runway'; installed: cloud, free (shot Hallway)", failure.getMessage());
        assertEquals(0, free.submits.get() + cloud.submits.get());
    }
}
