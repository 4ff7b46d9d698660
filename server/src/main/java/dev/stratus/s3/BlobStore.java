package dev.stratus.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Object data as files under one directory, never held whole in memory. A write streams into a
 * file under {@code incoming/} and is moved into {@code blobs/} before the store commits the
 * metadata that names it: after a crash, a blob no row names (or a half-written incoming file)
 * is garbage that {@link #sweep} removes at start, and a row never names a missing blob. A blob
 * is deleted only after the commit that stopped naming it.
 */
final class BlobStore {
    private static final Logger LOG = Logger.getLogger(BlobStore.class.getName());
    private static final int BUFFER = 64 * 1024;

    private final Path incoming;
    private final Path blobs;
    private final boolean fsync;
    /** Blobs being read, with how many readers each: one deleted meanwhile goes when its last reader is done. */
    private final java.util.Map<String, Integer> readers = new java.util.HashMap<>();
    private final Set<String> deletedWhileRead = new java.util.HashSet<>();

    BlobStore(Path dir, boolean fsync) {
        try {
            this.incoming = Files.createDirectories(dir.resolve("incoming"));
            this.blobs = Files.createDirectories(dir.resolve("blobs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** At start: removes incoming files (writes a crash cut short) and blobs {@code named} does not hold. */
    void sweep(Set<String> named) throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(incoming), Files.walk(blobs))) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (p.startsWith(incoming) || !named.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
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
