package dev.longtake.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.RenderResult.Outcome;
import dev.longtake.render.internal.Digests;
import dev.longtake.render.internal.JournalRecord;
import dev.longtake.render.internal.JournalRecords;
import dev.longtake.render.internal.RenderJournal;
import dev.longtake.render.testing.FakeBackend;
import dev.longtake.render.testing.TestRequest;

/**
 * What a render finds after a kill at each step of a take: the journal is written as the
 * killed render left it, then a new engine opens the project.
 */
class RecoveryTest {

    @TempDir
    Path project;

    private static final RenderOptions FAST = RenderOptions.defaults()
            .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20))
            .withPolling(Duration.ofMillis(5), Duration.ofMillis(20), 0.1);

    private final TestRequest request = TestRequest.of("Hallway", 1, "the camera glides", 10, "cloud");
    private final String key = request.hash() + "-1";

    /** The journal a render killed after these records leaves. */
    private void killedAfter(JournalRecord... records) throws IOException {
        try (RenderJournal journal = RenderJournal.open(new ProjectLayout(project).journalFolder())) {
            for (JournalRecord record : records) {
                journal.append(record);
            }
        }
    }

    private JournalRecord intent(Backend backend) {
        return JournalRecords.intent("Hallway-1", 1, "takes/Hallway/1.mp4", key, request, backend.name(), "m",
                backend.capabilities().estimate(10, Resolution.of(1280, 720)).orElse(null), "USD");
    }

    private RenderEngine open(Backend backend, RenderOptions options) {
        return RenderEngine.open(project, new BackendRegistry().register(backend), options);
    }

    private RenderResult renderAgain(Backend backend, RenderOptions options) {
        try (RenderEngine engine = open(backend, options)) {
            return engine.render(engine.plan(List.of(request), null), RenderListener.NONE);
        }
    }

    private Take onlyTake() {
        List<Take> takes = LedgerStore.of(new ProjectLayout(project)).read().getTakes();
        assertEquals(1, takes.size());
        return takes.get(0);
    }

    @Test
    void intentOnlyOnAFreeBackendIsSentAgainUnderTheSameTake() throws IOException {
        FakeBackend free = FakeBackend.free("cloud");
        killedAfter(intent(free));
        try (RenderEngine engine = open(free, FAST)) {
            assertEquals(List.of("Hallway-1"), engine.recovery().unsent());
            assertEquals(PlannedTake.Kind.RESUBMIT, engine.plan(List.of(request), null).takes().get(0).kind());
        }
        RenderResult result = renderAgain(free, FAST);
        assertEquals("takes/Hallway/1.mp4", result.outcomes().get(0).file());
        assertEquals(1, free.submits.get());
    }

    @Test
    void intentOnlyOnAPaidBackendThatCannotDeduplicateIsNeverSentUnasked() throws IOException {
        FakeBackend paid = FakeBackend.paid("cloud", false, 2);
        killedAfter(intent(paid));
        try (RenderEngine engine = open(paid, FAST)) {
            RenderPlan plan = engine.plan(List.of(request), null);
            assertTrue(plan.takes().isEmpty());
            assertEquals("Hallway-1", plan.uncertain().get(0).takeId());
            assertEquals(Money.of("0.50", "USD"), plan.estimate(), "an uncertain take counts against the budget");
            assertTrue(plan.notes().get(0).contains("may have been charged"), plan.notes().toString());
        }
        assertEquals(Outcome.UNCERTAIN, renderAgain(paid, FAST).outcomes().get(0).outcome());
        assertEquals(0, paid.submits.get());

        // The user checked the service's dashboard: it was not charged.
        RenderResult resubmitted = renderAgain(paid, FAST.withUncertain(RenderOptions.UncertainPolicy.RESUBMIT));
        assertEquals(Outcome.DONE, resubmitted.outcomes().get(0).outcome());
        assertEquals(1, paid.submits.get());
        assertEquals("Hallway-1", onlyTake().getId());
    }

    @Test
    void anUncertainTakeCanBeForgotten() throws IOException {
        FakeBackend paid = FakeBackend.paid("cloud", false, 2);
        killedAfter(intent(paid));
        RenderResult forgotten = renderAgain(paid, FAST.withUncertain(RenderOptions.UncertainPolicy.FORGET));
        assertEquals(Outcome.NOT_STARTED, forgotten.outcomes().get(0).outcome());
        try (RenderEngine engine = open(paid, FAST)) {
            assertEquals(PlannedTake.Kind.NEW, engine.plan(List.of(request), null).takes().get(0).kind());
        }
        assertEquals(0, paid.submits.get());
    }

    @Test
    void intentOnlyOnAnIdempotentBackendIsSentAgainWithTheSameKeyAndChargedOnce() throws IOException {
        FakeBackend paid = FakeBackend.paid("cloud", true, 2);
        String earlier = paid.acceptEarlier(request, key); // the killed process's submission reached the service
        killedAfter(intent(paid));
        RenderResult result = renderAgain(paid, FAST);
        assertEquals(Outcome.DONE, result.outcomes().get(0).outcome());
        assertEquals(PlannedTake.Kind.RESUBMIT, result.outcomes().get(0).planned().kind());
        assertEquals(1, paid.accepted.get(), "the service made one job");
        assertEquals(earlier, onlyTake().getRemoteId());
    }

    @Test
    void intentOnlyIsFoundByItsKeyWhenTheServiceCanLookItUp() throws IOException {
        FakeBackend paid = FakeBackend.paid("cloud", false, 2).lookUpByKey();
        String earlier = paid.acceptEarlier(request, key);
        killedAfter(intent(paid));
        RenderResult result = renderAgain(paid, FAST);
        assertEquals(Outcome.DONE, result.outcomes().get(0).outcome());
        assertEquals(0, paid.submits.get());
        assertEquals(earlier, onlyTake().getRemoteId());
    }

    @Test
    void aSubmittedTakeIsPolledByItsRemoteIdNotSubmittedAgain() throws IOException {
        FakeBackend paid = FakeBackend.paid("cloud", false, 2);
        String remote = paid.acceptEarlier(request, key);
        killedAfter(intent(paid), JournalRecords.submitted("Hallway-1", remote, null));
        try (RenderEngine engine = open(paid, FAST)) {
            assertEquals(List.of("Hallway-1"), engine.recovery().submitted());
            assertEquals(TakeState.SUBMITTED, onlyTake().getState());
            PlannedTake planned = engine.plan(List.of(request), null).takes().get(0);
            assertEquals(PlannedTake.Kind.RESUME, planned.kind());
            assertEquals(remote, planned.remoteId());
        }
        assertEquals(Outcome.DONE, renderAgain(paid, FAST).outcomes().get(0).outcome());
        assertEquals(0, paid.submits.get());
        assertTrue(paid.polls.get() >= 1);
        assertArrayEquals(FakeBackend.contentOf(request), Files.readAllBytes(project.resolve("takes/Hallway/1.mp4")));
    }

    @Test
    void aFinishedTakeMissingFromTheLedgerIsRecordedWhenTheProjectOpens() throws IOException {
        FakeBackend paid = FakeBackend.paid("cloud", false, 2);
        byte[] content = FakeBackend.contentOf(request);
        Files.createDirectories(project.resolve("takes/Hallway"));
        Files.write(project.resolve("takes/Hallway/1.mp4"), content);
        killedAfter(intent(paid), JournalRecords.submitted("Hallway-1", "job-9", null),
                JournalRecords.finished("Hallway-1", "takes/Hallway/1.mp4", Digests.sha256(content), content.length,
                        null));
        try (RenderEngine engine = open(paid, FAST)) {
            assertEquals(List.of("Hallway-1"), engine.recovery().recordedDone());
            Take take = onlyTake();
            assertEquals(TakeState.DONE, take.getState());
            assertEquals("job-9", take.getRemoteId());
            assertEquals(new java.math.BigDecimal("0.50"), take.getCost(), "charged the estimate");
            assertTrue(engine.plan(List.of(request), null).isEmpty());
        }
        assertEquals(0, paid.submits.get() + paid.polls.get() + paid.fetches.get());
        assertEquals(0, Files.size(project.resolve(".longtake/journal/render.journal")), "compacted");
    }

    @Test
    void aFinishedTakeWhoseFileIsDamagedIsFetchedAgainByItsId() throws IOException {
        FakeBackend paid = FakeBackend.paid("cloud", false, 2);
        String remote = paid.acceptEarlier(request, key);
        byte[] content = FakeBackend.contentOf(request);
        Files.createDirectories(project.resolve("takes/Hallway"));
        Files.write(project.resolve("takes/Hallway/1.mp4"), new byte[] { 1, 2, 3 });
        killedAfter(intent(paid), JournalRecords.submitted("Hallway-1", remote, null),
                JournalRecords.finished("Hallway-1", "takes/Hallway/1.mp4", Digests.sha256(content), content.length,
                        null));
        try (RenderEngine engine = open(paid, FAST)) {
            assertEquals(List.of("Hallway-1"), engine.recovery().refetch());
        }
        assertEquals(Outcome.DONE, renderAgain(paid, FAST).outcomes().get(0).outcome());
        assertEquals(0, paid.submits.get());
        assertArrayEquals(content, Files.readAllBytes(project.resolve("takes/Hallway/1.mp4")));
    }

    @Test
    void aPaidTakeTheScriptNoLongerWantsIsStillFetched() throws IOException {
        FakeBackend paid = FakeBackend.paid("cloud", false, 2);
        String remote = paid.acceptEarlier(request, key);
        killedAfter(intent(paid), JournalRecords.submitted("Hallway-1", remote, null));
        try (RenderEngine engine = open(paid, FAST)) {
            RenderPlan plan = engine.plan(List.of(), null);
            assertEquals(PlannedTake.Kind.RESUME, plan.takes().get(0).kind());
            assertTrue(plan.notes().get(0).contains("no longer in the script"), plan.notes().toString());
            assertEquals(Outcome.DONE, engine.render(plan, RenderListener.NONE).outcomes().get(0).outcome());
        }
        assertEquals(TakeState.DONE, onlyTake().getState());
    }

    @Test
    void aFailedTakeNotYetInTheLedgerIsRecordedAndPlannedAgain() throws IOException {
        FakeBackend paid = FakeBackend.paid("cloud", false, 2);
        killedAfter(intent(paid), JournalRecords.submitted("Hallway-1", "job-3", null),
                JournalRecords.failed("Hallway-1", "cloud failed the take: out of memory", null));
        try (RenderEngine engine = open(paid, FAST)) {
            assertEquals(List.of("Hallway-1"), engine.recovery().recordedEnded());
            assertEquals(TakeState.FAILED, onlyTake().getState());
            assertEquals("cloud failed the take: out of memory", onlyTake().getError());
            RenderPlan plan = engine.plan(List.of(request), null);
            assertEquals(PlannedTake.Kind.NEW, plan.takes().get(0).kind());
            assertEquals("takes/Hallway/2.mp4", engine.render(plan, RenderListener.NONE).outcomes().get(0).file());
        }
    }
}
