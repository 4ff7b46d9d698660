package dev.stratus.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Object data as files under one directory, never held whole in memory. A write streams into a
 * file under this node's folder of {@code incoming/} and is moved into {@code blobs/} before the
 * store commits the metadata that names it: after a crash, a blob no row names (or a half-written
 * incoming file) is garbage that {@link #sweep} removes at start, and a row never names a missing
 * blob. A blob is deleted only after the commit that stopped naming it.
 *
 * <p>Nodes sharing a store share the directory. Each writes into an {@code incoming/} folder of its
 * own, which it holds a lock on while it runs (released by the system when the process dies), so
 * that a node starting sweeps only the folders of nodes that are gone, and leaves alone the blobs
 * that a live node may have moved in but not yet committed.
 */
final class BlobStore implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BlobStore.class.getName());
    private static final int BUFFER = 64 * 1024;
    /** In each node's incoming folder, locked while the node runs. */
    static final String LOCK = "node.lock";
    /**
     * While other nodes run, a blob no row names is removed at start only when older than this: one
     * moved in by a live node waits for its commit a moment, never an hour.
     */
    static final Duration OTHERS_GRACE = Duration.ofHours(1);

    private final Path incoming;
    private final Path blobs;
    private final Path allIncoming;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean fsync;
    /** Blobs being read, with how many readers each: one deleted meanwhile goes when its last reader is done. */
    private final java.util.Map<String, Integer> readers = new java.util.HashMap<>();
    private final Set<String> deletedWhileRead = new java.util.HashSet<>();

    BlobStore(Path dir, boolean fsync) {
        try {
            this.allIncoming = Files.createDirectories(dir.resolve("incoming"));
            this.incoming = Files.createDirectories(allIncoming.resolve(UUID.randomUUID().toString()));
            this.blobs = Files.createDirectories(dir.resolve("blobs"));
            this.lockChannel = FileChannel.open(incoming.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            this.lock = lockChannel.tryLock();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the S3 blob directory " + dir + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            throw new IllegalStateException("a fresh folder's lock is held: " + incoming);
        }
        this.fsync = fsync;
    }

    /** A blob written and in place, its digests taken as it streamed; an empty one has no file. */
    record Written(String id, long size, Digests digests) {
    }

    /**
     * Streams {@code in} to a new blob, through {@code digests}. Throws what reading threw (the
     * client's fault: a cut connection, a bad chunk) after removing what was written.
     */
    Written write(InputStream in, Digests digests) throws IOException {
        String id = UUID.randomUUID().toString();
        Path tmp = incoming.resolve(id);
        long size = 0;
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(ch)) {
            byte[] buf = new byte[BUFFER];
            for (int n; (n = in.read(buf)) >= 0; ) {
                digests.update(buf, 0, n);
                out.write(buf, 0, n);
                size += n;
            }
            if (fsync) {
                ch.force(true);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        if (size == 0) {
            // An empty object (or part) is named by no row's data: a file for it would stay until the next start.
            Files.delete(tmp);
            return new Written(id, 0, digests);
        }
        Path target = path(id);
        Files.createDirectories(target.getParent());
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return new Written(id, size, digests);
    }

    /** The bytes of blob {@code id} from {@code offset}, {@code length} of them. */
    InputStream open(String id, long offset, long length) throws IOException {
        FileChannel ch = FileChannel.open(path(id), StandardOpenOption.READ);
        ch.position(offset);
        return new BoundedStream(Channels.newInputStream(ch), length);
    }

    /**
     * Removes blobs no committed row names any more; a missing one is already gone, one being
     * read goes when its readers are done.
     */
    void delete(Collection<String> ids) {
        List<String> now = new java.util.ArrayList<>();
        synchronized (this) {
            for (String id : ids) {
                if (readers.containsKey(id)) {
                    deletedWhileRead.add(id);
                } else {
                    now.add(id);
                }
            }
        }
        now.forEach(this::deleteFile);
    }

    /** Marks blobs as being read until {@link #release}: a delete meanwhile waits for it. */
    synchronized void retain(Collection<String> ids) {
        ids.forEach(id -> readers.merge(id, 1, Integer::sum));
    }

    /** Ends a read that {@link #retain} began, deleting what was deleted meanwhile once no one reads it. */
    void release(Collection<String> ids) {
        List<String> now = new java.util.ArrayList<>();
        synchronized (this) {
            for (String id : ids) {
                if (readers.merge(id, -1, Integer::sum) == 0) {
                    readers.remove(id);
                    if (deletedWhileRead.remove(id)) {
                        now.add(id);
                    }
                }
            }
        }
        now.forEach(this::deleteFile);
    }

    private void deleteFile(String id) {
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException e) {
            LOG.warning("could not delete blob " + id + ": " + e.getMessage() + " (removed at the next start)");
        }
    }

    /**
     * At start: removes the incoming folders of nodes that are gone (writes a crash cut short) and
     * blobs that {@code named} (read once the live nodes are known) does not hold, but none written
     * since the sweep began, nor, while other nodes run, any younger than {@link #OTHERS_GRACE}.
     */
    void sweep(Supplier<Set<String>> named) throws IOException {
        Instant began = Instant.now();
        boolean othersRun = false;
        try (Stream<Path> folders = Files.list(allIncoming)) {
            for (Path p : (Iterable<Path>) folders::iterator) {
                if (p.equals(incoming)) {
                    continue;
                }
                if (Files.isDirectory(p) && heldByLiveNode(p)) {
                    othersRun = true;
                } else {
                    deleteTree(p);
                }
            }
        }
        Set<String> kept = named.get();
        Instant youngest = othersRun ? began.minus(OTHERS_GRACE) : began;
        try (Stream<Path> files = Files.walk(blobs)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (!kept.contains(p.getFileName().toString()) && Files.getLastModifiedTime(p).toInstant().isBefore(youngest)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Whether the node that wrote into {@code folder} still runs: it holds the lock of the folder's lock file. */
    private static boolean heldByLiveNode(Path folder) throws IOException {
        Path file = folder.resolve(LOCK);
        if (!Files.exists(file)) {
            // A node starting this very moment makes its folder, then its lock file.
            return Files.getLastModifiedTime(folder).toInstant().isAfter(Instant.now().minus(Duration.ofMinutes(1)));
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true; // held by a node in this very process (tests run several)
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Gives up this node's incoming folder: nothing is written any more. */
    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
            deleteTree(incoming);
        } catch (IOException e) {
            LOG.warning("could not remove " + incoming + ": " + e.getMessage() + " (removed at the next start of a node)");
        }
    }

    /** Spread over 256 folders, so that none holds millions of files. */
    private Path path(String id) {
        return blobs.resolve(id.substring(0, 2)).resolve(id);
    }

    /** At most {@code remaining} bytes of a stream. */
    private static final class BoundedStream extends java.io.FilterInputStream {
        private long remaining;

        BoundedStream(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }
}
