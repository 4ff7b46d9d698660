package dev.stratus.runtime;

import java.io.IOException;
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
