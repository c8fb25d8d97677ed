package dev.longtake.render.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import dev.longtake.render.RenderException;

/**
 * The append-only render journal, {@code .longtake/journal/render.journal}: what the engine
 * is about to do and what it did, each record on disk (fsync'd) before the engine acts on it.
 * Appends from many jobs share fsyncs (group commit): a record is durable when
 * {@link #append} returns.
 * <p>
 * Opening the journal for writing takes {@code render.lock}, so one process renders a
 * project at a time; the operating system releases the lock when the process dies.
 */
public final class RenderJournal implements Closeable {

    public static final String FILE = "render.journal";
    public static final String LOCK = "render.lock";

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<JournalRecord> recovered;
    private final int damagedLines;
    private final Object writeLock = new Object();
    /** Held across fsync: a lock, not a monitor, so waiting virtual threads do not pin their carriers. */
    private final ReentrantLock syncLock = new ReentrantLock();
    private FileOutputStream out;
    private long appended;
    private long synced;

    private RenderJournal(Path file, FileChannel lockChannel, FileLock lock, List<JournalRecord> recovered,
            int damagedLines) throws IOException {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.recovered = List.copyOf(recovered);
        this.damagedLines = damagedLines;
        this.out = new FileOutputStream(file.toFile(), true);
    }

    /**
     * Opens the journal of a project for writing, after cutting off a last line that a kill
     * left incomplete.
     *
     * @throws RenderException when another process holds the journal
     */
    public static RenderJournal open(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileChannel lockChannel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new RenderException(folder.getParent().getParent()
                    + ": another render of this project is running (it holds " + folder.resolve(LOCK) + ")");
        }
        try {
            Path file = folder.resolve(FILE);
            Read read = read(file);
            if (read.validLength >= 0) {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    if (raf.length() != read.validLength) {
                        raf.setLength(read.validLength);
                        raf.getFD().sync();
                    }
                }
            }
            return new RenderJournal(file, lockChannel, lock, read.records, read.damaged);
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    /** The records of a project's journal, without opening it for writing (for a plan). */
    public static List<JournalRecord> readOnly(Path folder) throws IOException {
        return read(folder.resolve(FILE)).records;
    }

    private record Read(List<JournalRecord> records, long validLength, int damaged) {
    }

    /**
     * Reads every complete line. The valid length ends after the last good line: what follows
     * (a line cut by a kill) is dropped. A damaged line in the middle is skipped and counted.
     */
    private static Read read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Read(List.of(), -1, 0);
        }
        List<JournalRecord> records = new ArrayList<>();
        int start = 0;
        long validLength = 0;
        int damaged = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            JournalRecord record = JournalRecord.decode(new String(bytes, start, i - start, StandardCharsets.UTF_8));
            if (record != null) {
                records.add(record);
                validLength = i + 1;
            } else {
                damaged++;
            }
            start = i + 1;
        }
        if (damaged > 0 && validLength < bytes.length) {
            // Damage at the very end is a torn write, not damage: only count what is followed by good lines.
            int tail = 0;
            for (int i = (int) validLength; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    tail++;
                }
            }
            damaged -= tail;
        }
        return new Read(records, validLength, damaged);
    }

    /** The records found when the journal was opened. */
    public List<JournalRecord> recovered() {
        return recovered;
    }

    /** Lines in the middle of the journal that failed their checksum (skipped). */
    public int damagedLines() {
        return damagedLines;
    }

    /** Appends a record; it is on disk when this returns. */
    public void append(JournalRecord record) throws IOException {
        long mine = write(record);
        syncLock.lock();
        try {
            if (synced >= mine) {
                return; // another append's fsync covered this record
            }
            long upTo;
            FileOutputStream current;
            synchronized (writeLock) {
                upTo = appended;
                current = out;
            }
            current.getFD().sync();
            synced = upTo;
        } finally {
            syncLock.unlock();
        }
    }

    /**
     * Appends a record whose loss costs nothing but repeated work (a "recorded": recovery
     * writes the take into the ledger again, which changes nothing). It becomes durable with
     * the next fsync of any record, or at close.
     */
    public void appendWithoutSync(JournalRecord record) throws IOException {
        write(record);
    }

    private long write(JournalRecord record) throws IOException {
        byte[] line = record.encode().getBytes(StandardCharsets.UTF_8);
        synchronized (writeLock) {
            out.write(line);
            return ++appended;
        }
    }

    /**
     * Replaces the journal by the given records (those of jobs still open), atomically: a kill
     * during compaction leaves the old journal, which says the same about open jobs.
     */
    public void rewrite(List<JournalRecord> keep) throws IOException {
        syncLock.lock();
        try {
            synchronized (writeLock) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (JournalRecord record : keep) {
                    bytes.writeBytes(record.encode().getBytes(StandardCharsets.UTF_8));
                }
                out.close();
                AtomicFiles.write(file, bytes::writeTo);
                out = new FileOutputStream(file.toFile(), true);
                synced = appended;
            }
        } finally {
            syncLock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            synchronized (writeLock) {
                out.getFD().sync();
                out.close();
            }
        } finally {
            try {
                lock.release();
            } finally {
                lockChannel.close();
            }
        }
    }
}
