package dev.longtake.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.render.RenderException;

class RenderJournalTest {

    @TempDir
    Path folder;

    private static JournalRecord record(String take, String value) {
        return JournalRecord.of("failed").put("take", take).put("reason", value).build();
    }

    @Test
    void recordsSurviveAnyTextIncludingSpacesLineBreaksAndUnicode() {
        JournalRecord record = JournalRecord.of("intent").put("take", "Hallway-1")
                .put("prompt", "0-7 s: in a corridor, the camera glides.\nLane: \"hi\" = ünïcødé & 100%").build();
        String line = record.encode();
        assertEquals(1, line.chars().filter(c -> c == '\n').count());
        assertEquals(record, JournalRecord.decode(line.substring(0, line.length() - 1)));
    }

    @Test
    void aLineWithAWrongChecksumIsRejected() {
        String line = record("A-1", "x").encode().trim();
        assertNull(JournalRecord.decode(line.replace("reason=x", "reason=y")));
        assertNull(JournalRecord.decode("garbage"));
    }

    @Test
    void appendedRecordsAreReadBackInOrder() throws IOException {
        try (RenderJournal journal = RenderJournal.open(folder)) {
            for (int i = 0; i < 5; i++) {
                journal.append(record("A-" + i, "r" + i));
            }
        }
        try (RenderJournal journal = RenderJournal.open(folder)) {
            assertEquals(List.of("A-0", "A-1", "A-2", "A-3", "A-4"),
                    journal.recovered().stream().map(JournalRecord::take).toList());
        }
    }

    @Test
    void aLineCutShortByAKillIsDroppedAndTheJournalGoesOn() throws IOException {
        try (RenderJournal journal = RenderJournal.open(folder)) {
            journal.append(record("A-1", "one"));
        }
        Path file = folder.resolve(RenderJournal.FILE);
        String whole = record("A-2", "two").encode();
        Files.writeString(file, whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);

        try (RenderJournal journal = RenderJournal.open(folder)) {
            assertEquals(List.of("A-1"), journal.recovered().stream().map(JournalRecord::take).toList());
            assertEquals(0, journal.damagedLines(), "a torn last line is not damage");
            journal.append(record("A-3", "three"));
        }
        try (RenderJournal journal = RenderJournal.open(folder)) {
            assertEquals(List.of("A-1", "A-3"), journal.recovered().stream().map(JournalRecord::take).toList());
        }
    }

    @Test
    void aDamagedLineInTheMiddleIsSkippedAndCounted() throws IOException {
        Path file = folder.resolve(RenderJournal.FILE);
        Files.createDirectories(folder);
        String damaged = record("A-2", "two").encode().replace("two", "tw0");
        Files.writeString(file, record("A-1", "one").encode() + damaged + record("A-3", "three").encode(),
                StandardCharsets.UTF_8);
        try (RenderJournal journal = RenderJournal.open(folder)) {
            assertEquals(List.of("A-1", "A-3"), journal.recovered().stream().map(JournalRecord::take).toList());
            assertEquals(1, journal.damagedLines());
        }
    }

    @Test
    void oneRenderAtATimePerProject() throws IOException {
        Path journalFolder = Files.createDirectories(folder.resolve("film/.longtake/journal"));
        try (RenderJournal first = RenderJournal.open(journalFolder)) {
            RenderException e = assertThrows(RenderException.class, () -> RenderJournal.open(journalFolder));
            assertTrue(e.getMessage().contains("another render of this project is running"), e.getMessage());
        }
        RenderJournal.open(journalFolder).close(); // released with the first
    }

    @Test
    void concurrentAppendsAreAllDurableAndWhole() throws Exception {
        try (RenderJournal journal = RenderJournal.open(folder);
                ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(threads.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        journal.append(record("T" + thread + "-" + i, "x".repeat(i * 10)));
                    }
                    return null;
                }));
            }
            for (var future : futures) {
                future.get();
            }
        }
        try (RenderJournal journal = RenderJournal.open(folder)) {
            assertEquals(400, journal.recovered().size());
            assertEquals(0, journal.damagedLines());
        }
    }

    @Test
    void rewritingKeepsOnlyWhatIsGiven() throws IOException {
        try (RenderJournal journal = RenderJournal.open(folder)) {
            journal.append(record("A-1", "one"));
            journal.append(record("A-2", "two"));
            journal.rewrite(List.of(record("A-2", "two")));
            journal.append(record("A-3", "three"));
        }
        try (RenderJournal journal = RenderJournal.open(folder)) {
            assertEquals(List.of("A-2", "A-3"), journal.recovered().stream().map(JournalRecord::take).toList());
        }
    }

    @Test
    void theStateOfATakeIsTheFoldOfItsRecords() {
        JournalState state = JournalState.of(List.of(
                JournalRecord.of("intent").put("take", "A-1").put("hash", "h1").put("shot", "A").build(),
                JournalRecords.submitted("A-1", "remote-7", null),
                JournalRecord.of("intent").put("take", "A-2").put("hash", "h2").put("shot", "A").build(),
                JournalRecords.finished("A-1", "takes/A/1.mp4", "abc", 10, null),
                JournalRecords.recorded("A-1")));
        assertEquals(JournalEntry.Status.RECORDED, state.entry("A-1").status());
        assertEquals("remote-7", state.entry("A-1").remoteId());
        assertEquals(JournalEntry.Status.INTENT, state.entry("A-2").status());
        assertEquals(List.of("A-2"), state.open().stream().map(JournalEntry::takeId).toList());
    }
}
