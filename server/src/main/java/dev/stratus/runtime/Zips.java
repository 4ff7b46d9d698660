package dev.stratus.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Deployment packages: unpacked with their Unix permissions, so a custom runtime's bootstrap stays executable. */
public final class Zips {
    /** A central directory entry "made by" Unix keeps the mode, file type included, in its external attributes. */
    private static final int UNIX_HOST = 3;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    private Zips() {
    }

    /** Unpacks {@code zip} into {@code target}, replacing files already there; entries that would land outside it are refused. */
    public static void unpack(Path zip, Path target) throws IOException {
        // Opened by path, not by URI: such a file system is private, so environments can unpack one package at once.
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
            Path root = fs.getPath("/");
            try (Stream<Path> entries = Files.walk(root)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    Path to = target.resolve(root.relativize(entry).toString()).normalize();
                    if (!to.startsWith(target)) {
                        throw new IOException("entry outside the package: " + entry);
                    }
                    if (Files.isDirectory(entry)) {
                        Files.createDirectories(to);
                        continue;
                    }
                    Files.createDirectories(to.getParent());
                    Files.copy(entry, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Set<PosixFilePermission> stored = permissions(entry);
                    if (stored != null && !stored.isEmpty()) {
                        Set<PosixFilePermission> mode = java.util.EnumSet.copyOf(stored);
                        mode.add(PosixFilePermission.OWNER_READ);
                        Files.setPosixFilePermissions(to, mode);
                    }
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(Path entry) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(entry, PosixFileAttributeView.class);
            return view == null ? null : view.readAttributes().permissions();
        } catch (IOException | UnsupportedOperationException none) {
            // An entry written without Unix attributes keeps the default mode.
            return null;
        }
    }

    /**
     * The first entry of {@code zip} that must not be unpacked: a name with a {@code ..} segment,
     * an absolute name ({@code /x}, {@code \\x}, {@code C:x}) or a symbolic link; null when there is none.
     * Read from the central directory, which is what {@link #unpack} follows (a local header may
     * name an entry differently). Throws IOException when the directory cannot be read.
     */
    public static String unsafeEntry(byte[] zip) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = endOfCentralDirectory(b);
        long entries = b.getShort(end + 10) & 0xFFFF;
        long offset = b.getInt(end + 16) & 0xFFFFFFFFL;
        if (offset == 0xFFFFFFFFL || entries == 0xFFFF) {
            // Zip64: the real count and offset are in the zip64 end record its locator points at.
            int locator = end - 20;
            if (locator < 0 || b.getInt(locator) != 0x07064b50) {
                throw new IOException("zip64 locator missing");
            }
            int record = checkedIndex(b, b.getLong(locator + 8), 56);
            entries = b.getLong(record + 32);
            offset = b.getLong(record + 48);
        }
        int at = checkedIndex(b, offset, 0);
        for (long i = 0; i < entries; i++) {
            checkedIndex(b, at, 46);
            if (b.getInt(at) != 0x02014b50) {
                throw new IOException("bad central directory entry");
            }
            int madeBy = (b.getShort(at + 4) & 0xFFFF) >> 8;
            int nameLength = b.getShort(at + 28) & 0xFFFF;
            int extraLength = b.getShort(at + 30) & 0xFFFF;
            int commentLength = b.getShort(at + 32) & 0xFFFF;
            int unixMode = (b.getInt(at + 38) >>> 16) & 0xFFFF;
            checkedIndex(b, at + 46L + nameLength, 0);
            String name = new String(zip, at + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
            if (unsafeName(name) || madeBy == UNIX_HOST && (unixMode & S_IFMT) == S_IFLNK) {
                return name;
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return null;
    }

    private static boolean unsafeName(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.length() > 1 && n.charAt(1) == ':') {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static int endOfCentralDirectory(ByteBuffer b) throws IOException {
        // The end record is 22 bytes plus a comment of up to 64 KiB, searched from the end.
        for (int at = b.limit() - 22; at >= Math.max(0, b.limit() - 22 - 0xFFFF); at--) {
            if (b.getInt(at) == 0x06054b50) {
                return at;
            }
        }
        throw new IOException("no end of central directory");
    }

    private static int checkedIndex(ByteBuffer b, long at, int length) throws IOException {
        if (at < 0 || at + length > b.limit()) {
            throw new IOException("central directory points outside the file");
        }
        return (int) at;
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException gone) {
            // Removed meanwhile (an environment's process cleaning its own TMPDIR): what is left goes below.
            if (Files.exists(dir)) {
                deleteTree(dir);
            }
        }
    }
}
