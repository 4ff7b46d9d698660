package dev.stratus.runtime;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Numbers read from the small text files of /proc and the cgroup file system. Every invocation
 * reads a few (its memory, whether the kernel killed a process for memory), so they are read into
 * one small array and parsed from its bytes: a reader, its buffers and a String per line cost many
 * times the file's size, and at thousands of invocations a second that garbage was most of what
 * Stratus allocated.
 */
final class KernelFiles {
    /** Enough for a cgroup's memory.stat and a process's status (under 1.5 KB each). */
    static final int MOST_BYTES = 4096;

    private KernelFiles() {
    }

    /** The file's number (a file of one, such as memory.usage_in_bytes); 0 when the file is gone or holds none. */
    static long number(Path file) {
        byte[] b = new byte[64];
        return number(b, read(file, b));
    }

    private static long number(byte[] b, int n) {
        return Math.max(digits(b, skipBlanks(b, 0, n), n), 0);
    }

    /**
     * The number after {@code key} at the start of a line ({@code total_inactive_file 1234},
     * {@code VmHWM:   5120 kB}); -1 when the file is gone or has no such line.
     */
    static long field(Path file, String key) {
        byte[] b = new byte[MOST_BYTES];
        return field(b, read(file, b), key);
    }

    /** As {@link #field(Path, String)}, over the first {@code n} bytes of {@code b}. */
    static long field(byte[] b, int n, String key) {
        int k = key.length();
        for (int line = 0; line < n; ) {
            if (startsWith(b, line, n, key) && line + k < n && (b[line + k] == ' ' || b[line + k] == '\t')) {
                return digits(b, skipBlanks(b, line + k, n), n);
            }
            while (line < n && b[line] != '\n') {
                line++;
            }
            line++;
        }
        return -1;
    }

    /** Reads up to {@code into.length} bytes of the file; 0 when it cannot be read (the process or cgroup is gone). */
    static int read(Path file, byte[] into) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            return readFrom(f, into);
        } catch (IOException gone) {
            return 0;
        }
    }

    /** Reads up to {@code into.length} bytes from where {@code f} stands. */
    private static int readFrom(RandomAccessFile f, byte[] into) throws IOException {
        int n = 0;
        for (int r; n < into.length && (r = f.read(into, n, into.length - n)) > 0; ) {
            n += r;
        }
        return n;
    }

    /**
     * A kernel file kept open and read again from its start each time: a cgroup file is generated
     * anew on every read from offset 0, and opening and closing it cost more than the read (an
     * environment reads two or three per invocation). A RandomAccessFile, not a FileChannel: an
     * interrupt of a reading thread (a timed-out invocation's) would close a channel for good.
     */
    static final class Reread implements Closeable {
        private final Path file;
        private RandomAccessFile open;
        private boolean closed;

        Reread(Path file) {
            this.file = file;
        }

        /** As {@link KernelFiles#number(Path)}. */
        long number() {
            byte[] b = new byte[64];
            return KernelFiles.number(b, read(b));
        }

        /** As {@link KernelFiles#field(Path, String)}. */
        long field(String key) {
            byte[] b = new byte[MOST_BYTES];
            return KernelFiles.field(b, read(b), key);
        }

        /** Opened on first use, since the file may appear after this was made; 0 when it cannot be read. */
        private synchronized int read(byte[] into) {
            try {
                if (open == null && !closed) {
                    open = new RandomAccessFile(file.toFile(), "r");
                }
                if (open == null) {
                    return 0;
                }
                open.seek(0);
                return readFrom(open, into);
            } catch (IOException gone) {
                return 0;
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (open != null) {
                try {
                    open.close();
                } catch (IOException ignored) {
                    // Closing a read-only kernel file has nothing to flush.
                }
                open = null;
            }
        }
    }

    private static boolean startsWith(byte[] b, int at, int n, String key) {
        if (at + key.length() > n) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (b[at + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int skipBlanks(byte[] b, int at, int n) {
        while (at < n && (b[at] == ' ' || b[at] == '\t')) {
            at++;
        }
        return at;
    }

    /** The decimal number at {@code at}; -1 when there is none. */
    private static long digits(byte[] b, int at, int n) {
        long v = 0;
        int start = at;
        while (at < n && b[at] >= '0' && b[at] <= '9') {
            v = v * 10 + (b[at++] - '0');
        }
        return at == start ? -1 : v;
    }
}
