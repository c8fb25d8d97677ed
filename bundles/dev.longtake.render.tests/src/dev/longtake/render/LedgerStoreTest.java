package dev.longtake.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.internal.AtomicFiles;

class LedgerStoreTest {

    @TempDir
    Path project;

    /** What a kill between the write of the temporary file and the rename does: nothing more runs. */
    static final class SimulatedKill extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static Take doneTake(String id) {
        Take take = LongtakeFactory.eINSTANCE.createTake();
        take.setId(id);
        take.setShotName(id.substring(0, id.indexOf('-')));
        take.setState(TakeState.DONE);
        take.setFile("takes/" + take.getShotName() + "/" + id.substring(id.indexOf('-') + 1) + ".mp4");
        return take;
    }

    private LedgerStore store() {
        return LedgerStore.of(new ProjectLayout(project));
    }

    @Test
    void aMissingLedgerReadsAsAnEmptyOne() {
        Ledger ledger = store().read();
        assertTrue(ledger.getTakes().isEmpty());
        assertTrue(Files.notExists(project.resolve(".longtake/ledger.xmi")), "reading must not create it");
    }

    @Test
    void anUpdateIsOnDiskWhenItReturns() {
        store().update(ledger -> ledger.getTakes().add(doneTake("Hallway-1")));
        Ledger reread = LedgerStore.of(new ProjectLayout(project)).read();
        assertEquals("takes/Hallway/1.mp4", reread.findTake("Hallway-1").getFile());
    }

    @Test
    void aKillBetweenWriteAndRenameLeavesTheOldLedgerReadable() throws IOException {
        store().update(ledger -> ledger.getTakes().add(doneTake("Hallway-1")));
        byte[] before = Files.readAllBytes(project.resolve(".longtake/ledger.xmi"));

        LedgerStore dying = new LedgerStore(project.resolve(".longtake/ledger.xmi"), temporary -> {
            assertTrue(Files.size(temporary) > before.length, "the new ledger was written in full first");
            throw new SimulatedKill();
        });
        assertThrows(SimulatedKill.class, () -> dying.update(ledger -> ledger.getTakes().add(doneTake("Hallway-2"))));

        assertArrayEquals(before, Files.readAllBytes(project.resolve(".longtake/ledger.xmi")));
        try (Stream<Path> files = Files.list(project.resolve(".longtake"))) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "the kill left its temporary file");
        }
        // The next process reads the old ledger, and its first write clears the leftover.
        LedgerStore next = store();
        assertEquals(List.of("Hallway-1"), next.read().getTakes().stream().map(Take::getId).toList());
        next.update(ledger -> ledger.getTakes().add(doneTake("Hallway-3")));
        try (Stream<Path> files = Files.list(project.resolve(".longtake"))) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
        assertEquals(2, store().read().getTakes().size());
    }

    @Test
    void aFailedChangeSavesNothing() {
        store().update(ledger -> ledger.getTakes().add(doneTake("Hallway-1")));
        LedgerStore store = store();
        assertThrows(IllegalStateException.class, () -> store.update(ledger -> {
            ledger.getTakes().clear();
            throw new IllegalStateException("changed my mind");
        }));
        assertEquals(1, store.read().getTakes().size());
        assertEquals(1, store().read().getTakes().size());
    }

    @Test
    void anUnreadableLedgerIsReportedByNameAndNeverOverwritten() throws IOException {
        Path file = project.resolve(".longtake/ledger.xmi");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<?xml version=\"1.0\"?><not a ledger");
        RenderException e = assertThrows(RenderException.class, () -> store().read());
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("not a readable take ledger"),
                e.getMessage());
        assertThrows(RenderException.class, () -> store().update(ledger -> ledger.getTakes().add(doneTake("A-1"))));
        assertEquals("<?xml version=\"1.0\"?><not a ledger", Files.readString(file));
    }

    @Test
    void twoWritersOfOneLedgerNeverLoseEachOthersTakes() {
        LedgerStore render = store();
        LedgerStore circle = store(); // as a `longtake circle` in another process
        render.update(ledger -> ledger.getTakes().add(doneTake("Hallway-1")));
        circle.update(ledger -> {
            ledger.getTakes().add(doneTake("Bleachers-1"));
            ledger.circle(ledger.findTake("Hallway-1"));
            return null;
        });
        render.update(ledger -> ledger.getTakes().add(doneTake("Hallway-2")));

        Ledger result = store().read();
        assertEquals(List.of("Hallway-1", "Bleachers-1", "Hallway-2"), result.getTakes().stream().map(Take::getId).toList());
        assertTrue(result.findTake("Hallway-1").isCircled(), "the render's write kept the circle");
    }

    @Test
    void concurrentUpdatesAllArrive() throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(threads.submit(() -> {
                    LedgerStore own = store();
                    for (int i = 1; i <= 20; i++) {
                        String id = "Shot" + thread + "-" + i;
                        own.update(ledger -> ledger.getTakes().add(doneTake(id)));
                    }
                }));
            }
        }
        for (Future<?> future : futures) {
            future.get();
        }
        assertEquals(160, store().read().getTakes().size());
    }

    @Test
    void aSnapshotCanBeChangedWithoutChangingTheLedger() {
        store().update(ledger -> ledger.getTakes().add(doneTake("Hallway-1")));
        LedgerStore store = store();
        Ledger snapshot = store.read();
        snapshot.getTakes().clear();
        assertNotNull(store.read().findTake("Hallway-1"));
    }

    @Test
    void atomicWritesReplaceWholeFiles() throws IOException {
        Path file = project.resolve("a.txt");
        AtomicFiles.write(file, out -> out.write("first".getBytes()));
        AtomicFiles.write(file, out -> out.write("second".getBytes()));
        assertEquals("second", Files.readString(file));
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("third, half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("second", Files.readString(file));
        try (Stream<Path> files = Files.list(project)) {
            assertEquals(List.of(file), files.toList(), "a failed write leaves no temporary file");
        }
    }
}
