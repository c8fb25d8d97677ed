package dev.longtake.render;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.util.LongtakeResources;
import dev.longtake.render.internal.AtomicFiles;

/**
 * The take ledger of a project, {@code .longtake/ledger.xmi}.
 * <p>
 * Every change is a transaction: under a lock held across processes (a {@code render} and a
 * {@code circle} may run at once), the current file is read, changed and written atomically
 * (temporary file, fsync, rename, fsync of the folder). So a kill at any point leaves the old
 * ledger or the new one, and no writer overwrites a take another writer added. A missing
 * ledger reads as an empty one; an unreadable one is never overwritten.
 */
public final class LedgerStore {

    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final AtomicFiles.BeforeRename beforeRename;
    /** EMF's caches for repeated saves of one resource (its XML configuration and feature lookups). */
    private final Map<Object, Object> saveOptions = LongtakeResources.saveOptions();

    /** The last ledger read or written, with the identity of the file it came from. */
    private Ledger cached;
    private Object cachedIdentity;

    LedgerStore(Path file, AtomicFiles.BeforeRename beforeRename) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.beforeRename = Objects.requireNonNull(beforeRename);
        saveOptions.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        saveOptions.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
    }

    public static LedgerStore of(ProjectLayout layout) {
        return new LedgerStore(layout.ledgerFile(), AtomicFiles.BeforeRename.NOTHING);
    }

    public Path file() {
        return file;
    }

    /** A snapshot of the ledger, free to change (changes are not saved). */
    public Ledger read() {
        ReentrantLock lock = jvmLock();
        lock.lock();
        try {
            return EcoreUtil.copy(current());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies a change to the current ledger and saves it, atomically, before returning. The
     * change runs under the ledger's lock: keep it short and free of I/O. When it throws,
     * nothing is saved.
     */
    public <T> T update(Function<Ledger, T> change) {
        // An interrupt must not stop a ledger write half way (a done take would be lost from
        // it); it is restored afterwards.
        boolean interrupted = Thread.interrupted();
        ReentrantLock lock = jvmLock();
        lock.lock();
        try (FileChannel channel = openLockFile(); FileLock fileLock = channel.lock()) {
            Ledger ledger = current();
            T result;
            try {
                result = change.apply(ledger);
            } catch (RuntimeException | Error e) {
                forget(); // the cached copy may be half changed
                throw e;
            }
            try {
                write(ledger);
            } catch (IOException | RuntimeException | Error e) {
                forget(); // the file may still be the old one
                throw e;
            }
            return result;
        } catch (IOException e) {
            forget();
            throw new RenderException(file + ": cannot write the take ledger: " + e.getMessage(), e);
        } finally {
            lock.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ReentrantLock jvmLock() {
        return JVM_LOCKS.computeIfAbsent(file, key -> new ReentrantLock());
    }

    private FileChannel openLockFile() throws IOException {
        Files.createDirectories(file.getParent());
        return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    /** The ledger on disk now, read again only when another writer replaced the file. */
    private Ledger current() {
        Object identity = identity();
        if (cached != null && Objects.equals(identity, cachedIdentity)) {
            return cached;
        }
        cached = load();
        cachedIdentity = identity;
        return cached;
    }

    private void forget() {
        cached = null;
        cachedIdentity = null;
    }

    /** Inode, size and modification time: a rename over the file changes the inode. */
    private Object identity() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return java.util.List.of(String.valueOf(attributes.fileKey()), attributes.size(),
                    attributes.lastModifiedTime().toMillis());
        } catch (NoSuchFileException e) {
            return "missing";
        } catch (IOException e) {
            throw new RenderException(file + ": cannot read the take ledger: " + e.getMessage(), e);
        }
    }

    private Ledger load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return LongtakeFactory.eINSTANCE.createLedger();
        } catch (IOException e) {
            throw new RenderException(file + ": cannot read the take ledger: " + e.getMessage(), e);
        }
        Resource resource = LongtakeResources.newResourceSet().createResource(URI.createFileURI(file.toString()));
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (IOException | RuntimeException e) {
            throw new RenderException(file + " is not a readable take ledger (" + oneLine(e)
                    + "); it was left as it is: repair or move it away", e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Ledger ledger)) {
            throw new RenderException(file + " holds no take ledger; it was left as it is: repair or move it away");
        }
        return ledger;
    }

    private void write(Ledger ledger) throws IOException {
        Resource resource = ledger.eResource();
        if (resource == null) {
            resource = LongtakeResources.newResourceSet().createResource(URI.createFileURI(file.toString()));
            resource.getContents().add(ledger);
        }
        Resource toSave = resource;
        AtomicFiles.write(file, out -> toSave.save(new BufferedOutputStream(out, 1 << 16) {
            @Override
            public void close() throws IOException {
                flush(); // the atomic write closes and syncs the file itself
            }
        }, saveOptions), beforeRename);
        cachedIdentity = identity();
        AtomicFiles.deleteLeftovers(file);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
