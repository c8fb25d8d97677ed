package dev.longtake.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.internal.Digests;
import dev.longtake.render.testing.ChildJvm;
import dev.longtake.render.testing.ContractServer;
import dev.longtake.render.testing.CrashRenderMain;
import dev.longtake.render.testing.TestRequest;

/**
 * The reliability promise, tested as a user would break it: a render of 100 paid takes runs in
 * a separate JVM against a local service over HTTP (latency, 429s, downloads cut short) and is
 * killed with SIGKILL at random moments, at least 20 times (until three quarters of the takes are
 * done, so kills fall all over the render), and started again each time. At
 * the end the service made exactly 100 jobs (no paid generation twice), and the 100 takes are
 * on disk and in the ledger, each file whole. The figures are printed for docs/reliability.md.
 */
class CrashTest {

    private static final int TAKES = 100;
    private static final int KILLS = 20;
    /** Kills go on past 20 until this many takes are done, so they fall all over the render. */
    private static final int DONE_BEFORE_THE_LAST_RUN = 75;
    private static final int MOST_KILLS = 35;
    private static final int CONTENT_BYTES = 96 * 1024;

    @TempDir
    Path temp;

    @Test
    void aRenderKilledAtRandomMomentsPaysForEachTakeOnceAndLosesNone() throws Exception {
        long seed = Long.getLong("longtake.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        Path film = Files.createDirectories(temp.resolve("film"));
        String apiKey = UUID.randomUUID().toString();
        long started = System.nanoTime();
        List<String> log = new ArrayList<>();
        int kills = 0;
        int killsWhileRendering = 0;
        int runs = 0;
        int exitedByThemselves = 0;
        long doneSoFar = 0;
        try (ContractServer service = new ContractServer(apiKey,
                new ContractServer.Behaviour(500, 1300, 0.05, 0.05, CONTENT_BYTES, seed))) {
            while (true) {
                boolean last = kills >= MOST_KILLS || (kills >= KILLS && doneSoFar >= DONE_BEFORE_THE_LAST_RUN);
                Process render = ChildJvm.builder(CrashRenderMain.class, Map.of("LONGTAKE_CONTRACT_API_KEY", apiKey),
                        film.toString(), service.baseUrl(), String.valueOf(TAKES), "5")
                        .redirectErrorStream(true).redirectOutput(temp.resolve("run-" + runs + ".log").toFile()).start();
                runs++;
                if (last) {
                    assertTrue(render.waitFor(90, TimeUnit.SECONDS), "the last render did not end in 90 s");
                    assertEquals(0, render.exitValue(), Files.readString(temp.resolve("run-" + (runs - 1) + ".log")));
                    break;
                }
                // A quarter of the kills at any moment from the start (Java starting, recovery, the
                // plan), the others at any moment of the rendering itself.
                Path output = temp.resolve("run-" + (runs - 1) + ".log");
                boolean duringStart = random.nextInt(4) == 0;
                long delay = duringStart ? random.nextInt(1200) : random.nextInt(1500);
                if (!duringStart) {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (render.isAlive() && System.nanoTime() < deadline
                            && !Files.readString(output).contains("rendering")) {
                        Thread.sleep(10);
                    }
                }
                if (render.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    exitedByThemselves++;
                    assertEquals(0, render.exitValue(), Files.readString(temp.resolve("run-" + (runs - 1) + ".log")));
                } else {
                    render.destroyForcibly(); // SIGKILL
                    render.waitFor();
                    kills++;
                }
                // Whatever the moment, the ledger on disk is whole and readable.
                Ledger ledger = LedgerStore.of(new ProjectLayout(film)).read();
                long done = ledger.getTakes().stream().filter(t -> t.getState() == TakeState.DONE).count();
                if (done < TAKES) {
                    killsWhileRendering++;
                }
                doneSoFar = done;
                log.add(String.format(Locale.ROOT, "run %2d: %s %4d ms after %s; %3d takes done, %3d jobs at the service",
                        runs, render.exitValue() == 0 ? "ended by itself" : "killed", delay,
                        duringStart ? "its start" : "rendering began", done, service.created.get()));
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            Ledger ledger = LedgerStore.of(new ProjectLayout(film)).read();
            List<TestRequest> requests = CrashRenderMain.requests(TAKES);
            int whole = 0;
            for (TestRequest request : requests) {
                List<Take> takes = ledger.takesFor(request.shotName(), request.hash());
                assertEquals(1, takes.size(), "takes of " + request.shotName() + " " + request.takeNumber());
                Take take = takes.get(0);
                assertEquals(TakeState.DONE, take.getState());
                Path file = film.resolve(take.getFile());
                byte[] expected = ContractServer.contentOf(request.promptText(), CONTENT_BYTES);
                assertArrayEquals(expected, Files.readAllBytes(file), take.getFile() + " is damaged");
                assertEquals(Digests.sha256(expected), take.getParameters().get("sha256"));
                whole++;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(temp)) {
                files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".log"))
                        .toList();
            }
            List<Path> takeFiles = files.stream().filter(p -> p.startsWith(film.resolve("takes"))).toList();
            List<Path> strays = takeFiles.stream().filter(p -> !p.getFileName().toString().endsWith(".mp4")).toList();
            List<Path> escaped = files.stream().filter(p -> p.getFileName().toString().startsWith("escape")).toList();

            String figures = String.format(Locale.ROOT, """
                    crash test (seed %d): %d takes, %d runs of the render in a child JVM, %d SIGKILLs (%d while \
                    takes were still missing), %d runs ended by themselves before their kill; %d s in all
                      service: %d jobs created (charged), %d POSTs, %d answered from an idempotency key, %d 429s, \
                    %d downloads of which %d cut short
                      result: %d take files on disk, %d done takes in the ledger, %d whole (content and SHA-256 \
                    checked), %d leftover files, %d files written from a server-supplied name
                    """, seed, TAKES, runs, kills, killsWhileRendering, exitedByThemselves, seconds,
                    service.created.get(), service.posts.get(), service.replayed.get(), service.tooManyRequests.get(),
                    service.downloads.get(), service.truncatedDownloads.get(), takeFiles.size(),
                    ledger.getTakes().stream().filter(t -> t.getState() == TakeState.DONE).count(), whole,
                    strays.size(), escaped.size());
            System.out.println(String.join("\n", log));
            System.out.println(figures);
            writeReport(figures + "\n" + String.join("\n", log));

            assertEquals(TAKES, service.created.get(), "every take paid for exactly once");
            assertEquals(TAKES, takeFiles.size(), "take files: " + takeFiles);
            assertEquals(List.of(), strays, "leftover temporary files");
            assertEquals(List.of(), escaped);
            assertEquals(TAKES, ledger.getTakes().size());
            assertTrue(kills >= KILLS);
            assertEquals(0, service.unauthorized.get());
            assertTrue(seconds < 120, "took " + seconds + " s");
        }
    }

    /** target/crash-test.txt beside the test bundle, for docs/reliability.md. */
    private static void writeReport(String text) {
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("crash-test.txt"), text);
            }
        } catch (IOException e) {
            // the figures are printed anyway
        }
    }
}
