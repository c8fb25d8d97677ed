package dev.longtake.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.RenderResult.Outcome;
import dev.longtake.render.testing.FakeBackend;
import dev.longtake.render.testing.TestRequest;

/** The job queue: concurrency, retries, timeouts, cancellation, and what "done" means. */
class RenderEngineTest {

    @TempDir
    Path project;

    private static final RenderOptions FAST = RenderOptions.defaults()
            .withRetries(4, Duration.ofMillis(5), Duration.ofMillis(50))
            .withPolling(Duration.ofMillis(5), Duration.ofMillis(20), 0.1);

    private RenderResult render(Backend backend, List<? extends RenderRequest> requests, RenderOptions options,
            RenderListener listener) {
        try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend), options)) {
            return engine.render(engine.plan(requests, null), listener);
        }
    }

    private Ledger ledger() {
        return LedgerStore.of(new ProjectLayout(project)).read();
    }

    @Test
    void everyTakeEndsAsAFileInItsShotFolderAndADoneTakeInTheLedger() throws Exception {
        FakeBackend backend = FakeBackend.paid("cloud", false, 4).jobTime(Duration.ofMillis(30));
        List<TestRequest> requests = new ArrayList<>(TestRequest.takes("Hallway", 3, 10, "cloud"));
        requests.addAll(TestRequest.takes("Bleachers", 2, 12, "cloud"));

        RenderResult result = render(backend, requests, FAST, RenderListener.NONE);

        assertTrue(result.allDone(), result.toString());
        assertEquals(5, backend.submits.get());
        Ledger ledger = ledger();
        assertEquals(5, ledger.getTakes().size());
        for (TestRequest request : requests) {
            Take take = ledger.takesFor(request.shotName(), request.hash()).get(0);
            assertEquals(TakeState.DONE, take.getState());
            assertEquals("takes/" + request.shotName() + "/" + request.takeNumber() + ".mp4", take.getFile());
            assertArrayEquals(FakeBackend.contentOf(request), Files.readAllBytes(project.resolve(take.getFile())));
            assertNotNull(take.getRemoteId());
            assertEquals(64, take.getParameters().get("sha256").length());
            assertEquals(request.promptText(), take.getPromptAsSent());
        }
        assertEquals(new java.math.BigDecimal("2.70"), ledger.totalSpending("USD").stripTrailingZeros().setScale(2));
        try (var leftovers = Files.walk(project.resolve("takes"))) {
            assertEquals(0, leftovers.filter(p -> p.getFileName().toString().contains(".part")).count());
        }
    }

    @Test
    void aTakeIsReportedDoneOnlyWhenItsFileAndTheLedgerOnDiskHoldIt() {
        FakeBackend backend = FakeBackend.free("animatic");
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        RenderListener checker = event -> {
            if (event.type() == RenderEvent.Type.DONE) {
                Take take = LedgerStore.of(new ProjectLayout(project)).read().findTake(event.takeId());
                if (take == null || take.getState() != TakeState.DONE || !Files.isRegularFile(project.resolve(event.file()))) {
                    violations.add(event.takeId());
                }
            }
        };
        RenderResult result = render(backend, TestRequest.takes("Hallway", 12, 5, "animatic"), FAST, checker);
        assertEquals(12, result.count(Outcome.DONE));
        assertEquals(List.of(), violations);
    }

    @Test
    void aSecondRenderOfTheSameScriptSubmitsNothing() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 2);
        List<TestRequest> requests = TestRequest.takes("Hallway", 3, 10, "cloud");
        render(backend, requests, FAST, RenderListener.NONE);
        RenderResult again = render(backend, requests, FAST, RenderListener.NONE);
        assertTrue(again.outcomes().isEmpty());
        assertEquals(3, backend.submits.get());
    }

    @Test
    void newTakesOfAShotNeverOverwriteEarlierOnes() {
        FakeBackend backend = FakeBackend.free("animatic");
        render(backend, TestRequest.takes("Hallway", 2, 5, "animatic"), FAST, RenderListener.NONE);
        RenderResult edited = render(backend, List.of(TestRequest.of("Hallway", 1, "edited", 5, "animatic")), FAST,
                RenderListener.NONE);
        assertEquals("takes/Hallway/3.mp4", edited.outcomes().get(0).file());
        assertEquals(3, ledger().takesOf("Hallway").size());
    }

    @Test
    void noMoreJobsRunAtOnceThanTheBackendAllows() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 3).jobTime(Duration.ofMillis(60));
        RenderResult result = render(backend, TestRequest.takes("Hallway", 15, 10, "cloud"), FAST, RenderListener.NONE);
        assertTrue(result.allDone());
        assertEquals(3, backend.maxInFlight.get(), "the limit is reached and never passed");
    }

    @Test
    void theOptionsMayLowerABackendsConcurrency() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 8).jobTime(Duration.ofMillis(30));
        render(backend, TestRequest.takes("Hallway", 10, 10, "cloud"), FAST.withConcurrency("cloud", 2),
                RenderListener.NONE);
        assertEquals(2, backend.maxInFlight.get());
    }

    @Test
    void retriesWaitAtLeastAsLongAsRetryAfterSays() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 1);
        backend.failNextSubmit(BackendException.retryable("429 too many requests", Duration.ofMillis(400)));
        backend.failNextSubmit(BackendException.retryable("503 busy", Duration.ofMillis(250)));
        List<String> retries = Collections.synchronizedList(new ArrayList<>());
        RenderResult result = render(backend, TestRequest.takes("Hallway", 1, 10, "cloud"), FAST, event -> {
            if (event.type() == RenderEvent.Type.RETRYING) {
                retries.add(event.message());
            }
        });
        assertTrue(result.allDone());
        List<Long> times = backend.submitTimes;
        assertEquals(3, times.size());
        assertTrue(times.get(1) - times.get(0) >= TimeUnit.MILLISECONDS.toNanos(400), "first wait too short");
        assertTrue(times.get(2) - times.get(1) >= TimeUnit.MILLISECONDS.toNanos(250), "second wait too short");
        assertTrue(retries.get(0).startsWith("429 too many requests; attempt 2 in"), retries.toString());
        assertEquals(1, backend.accepted.get());
    }

    @Test
    void backoffGrowsAndEndsAfterTheLastAttempt() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 1);
        for (int i = 0; i < 4; i++) {
            backend.failNextSubmit(BackendException.retryable("503 busy"));
        }
        RenderResult result = render(backend, TestRequest.takes("Hallway", 1, 10, "cloud"), FAST, RenderListener.NONE);
        assertEquals(Outcome.FAILED, result.outcomes().get(0).outcome());
        assertEquals("gave up after 4 attempts to submit to cloud: 503 busy", result.outcomes().get(0).message());
        assertEquals(TakeState.FAILED, ledger().getTakes().get(0).getState());
        assertEquals(4, backend.submits.get());
    }

    @Test
    void aRefusedRequestIsNotRetried() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 1);
        backend.failNextSubmit(BackendException.permanent("400 prompt too long"));
        RenderResult result = render(backend, TestRequest.takes("Hallway", 1, 10, "cloud"), FAST, RenderListener.NONE);
        assertEquals(Outcome.FAILED, result.outcomes().get(0).outcome());
        assertEquals(1, backend.submits.get());
        assertEquals("cloud refused the take: 400 prompt too long", ledger().getTakes().get(0).getError());
    }

    @Test
    void aJobTheServiceFailsIsAFailedTakeAndIsPlannedAgain() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 2).failJobs(r -> r.takeNumber() == 2);
        List<TestRequest> requests = TestRequest.takes("Hallway", 3, 10, "cloud");
        RenderResult result = render(backend, requests, FAST, RenderListener.NONE);
        assertEquals(2, result.count(Outcome.DONE));
        assertEquals("cloud failed the take: the content filter refused the prompt",
                result.outcomes().get(1).message());
        try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend), FAST)) {
            assertEquals(List.of(2), engine.plan(requests, null).takes().stream()
                    .map(t -> t.request().takeNumber()).toList());
        }
    }

    @Test
    void aJobThatRunsTooLongIsCancelledAtTheServiceAndRecordedAsFailed() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 2).neverFinish();
        long start = System.nanoTime();
        RenderResult result = render(backend, TestRequest.takes("Hallway", 2, 10, "cloud"),
                FAST.withJobTimeout(Duration.ofMillis(300)), RenderListener.NONE);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2, result.count(Outcome.FAILED));
        assertTrue(result.outcomes().get(0).message().startsWith("timed out after 300 ms"),
                result.outcomes().get(0).message());
        assertEquals(2, backend.cancelled.size(), "the service was told to stop");
        assertTrue(tookMs < 3000, "took " + tookMs + " ms");
        assertTrue(ledger().getTakes().stream().allMatch(t -> t.getState() == TakeState.FAILED));
    }

    @Test
    void cancellingStopsEverythingAndSubmitsNothingMore() throws Exception {
        FakeBackend backend = FakeBackend.paid("cloud", false, 2).neverFinish();
        List<TestRequest> requests = TestRequest.takes("Hallway", 6, 10, "cloud");
        try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend), FAST)) {
            RenderPlan plan = engine.plan(requests, null);
            CompletableFuture<RenderResult> rendering = CompletableFuture.supplyAsync(() -> engine.render(plan,
                    RenderListener.NONE));
            while (backend.accepted.get() < 2) {
                Thread.sleep(5);
            }
            engine.cancel();
            RenderResult result = rendering.get(30, TimeUnit.SECONDS);
            assertEquals(2, result.count(Outcome.CANCELLED), result.toString());
            assertEquals(4, result.count(Outcome.NOT_STARTED), result.toString());
        }
        assertEquals(2, backend.submits.get());
        assertEquals(2, backend.cancelled.size());
        assertEquals(2, ledger().getTakes().size());
        assertTrue(ledger().getTakes().stream().allMatch(t -> t.getState() == TakeState.CANCELLED));
    }

    @Test
    void aTakeRenderedButNotYetDownloadedSurvivesCancellation() throws Exception {
        FakeBackend backend = FakeBackend.paid("cloud", false, 1);
        for (int i = 0; i < 3; i++) {
            backend.failNextFetch(BackendException.retryable("connection reset"));
        }
        List<TestRequest> requests = TestRequest.takes("Hallway", 1, 10, "cloud");
        RenderOptions slowRetries = FAST.withRetries(10, Duration.ofMillis(200), Duration.ofMillis(200));
        try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend), slowRetries)) {
            RenderPlan plan = engine.plan(requests, null);
            CompletableFuture<RenderResult> rendering = CompletableFuture.supplyAsync(() -> engine.render(plan,
                    RenderListener.NONE));
            while (backend.fetches.get() < 1) {
                Thread.sleep(5);
            }
            engine.cancel();
            assertEquals(Outcome.LEFT_OPEN, rendering.get(30, TimeUnit.SECONDS).outcomes().get(0).outcome());
        }
        assertTrue(backend.cancelled.isEmpty(), "a rendered take is not cancelled");
        RenderResult resumed = render(backend, requests, FAST, RenderListener.NONE);
        assertEquals(Outcome.DONE, resumed.outcomes().get(0).outcome());
        assertEquals(PlannedTake.Kind.RESUME, resumed.outcomes().get(0).planned().kind());
        assertEquals(1, backend.submits.get(), "fetched, not submitted again");
    }

    @Test
    void aServiceThatCannotBePolledLeavesTheTakeOpenForTheNextRender() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 1);
        for (int i = 0; i < 4; i++) {
            backend.failNextPoll(BackendException.retryable("502 bad gateway"));
        }
        List<TestRequest> requests = TestRequest.takes("Hallway", 1, 10, "cloud");
        RenderResult first = render(backend, requests, FAST, RenderListener.NONE);
        assertEquals(Outcome.LEFT_OPEN, first.outcomes().get(0).outcome());
        assertEquals(TakeState.SUBMITTED, ledger().getTakes().get(0).getState());

        RenderResult second = render(backend, requests, FAST, RenderListener.NONE);
        assertEquals(Outcome.DONE, second.outcomes().get(0).outcome());
        assertEquals(1, backend.submits.get());
        assertEquals(TakeState.DONE, ledger().getTakes().get(0).getState());
    }

    @Test
    void aFreeBackendThatForgotAJobGetsItAgain() {
        FakeBackend backend = FakeBackend.free("animatic").jobTime(Duration.ofMillis(400));
        List<TestRequest> requests = TestRequest.takes("Hallway", 1, 5, "animatic");
        CompletableFuture<Void> forget = CompletableFuture.runAsync(() -> {
            while (backend.polls.get() < 1) { // the job exists and is running
                Thread.onSpinWait();
            }
            backend.forgetJobs();
        });
        RenderResult result = render(backend, requests, FAST, RenderListener.NONE);
        forget.join();
        assertEquals(Outcome.DONE, result.outcomes().get(0).outcome());
        assertEquals(2, backend.submits.get());
    }

    @Test
    void aPlanAboveTheBudgetIsNotRendered() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 1);
        try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend), FAST)) {
            RenderPlan plan = engine.plan(TestRequest.takes("Hallway", 3, 10, "cloud"), Money.of("1", "USD"));
            assertThrows(BudgetExceededException.class, () -> engine.render(plan, RenderListener.NONE));
        }
        assertEquals(0, backend.submits.get());
        assertFalse(Files.exists(project.resolve("takes")));
    }

    @Test
    void progressEventsFollowEachTakeFromStartToDone() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 1).jobTime(Duration.ofMillis(100));
        List<RenderEvent.Type> types = Collections.synchronizedList(new ArrayList<>());
        render(backend, TestRequest.takes("Hallway", 1, 10, "cloud"), FAST, event -> types.add(event.type()));
        assertEquals(RenderEvent.Type.STARTED, types.get(0));
        assertEquals(RenderEvent.Type.SUBMITTED, types.get(1));
        assertTrue(types.contains(RenderEvent.Type.RUNNING) && types.contains(RenderEvent.Type.FETCHING), types.toString());
        assertEquals(RenderEvent.Type.DONE, types.get(types.size() - 1));
    }
}
