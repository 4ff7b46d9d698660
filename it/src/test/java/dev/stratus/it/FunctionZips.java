package dev.stratus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

/** Deployment packages of the sample functions under src/test/resources/functions, zipped as a user would (a bootstrap stays executable). */
final class FunctionZips {
    private FunctionZips() {
    }

    static byte[] of(String sample) {
        try {
            Path dir = Path.of(FunctionZips.class.getResource("/functions/" + sample).toURI());
            Path zip = Files.createTempFile("function", ".zip");
            Files.delete(zip);
            try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true", "enablePosixFileAttributes", "true"));
                 Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Path entry = fs.getPath(dir.relativize(f).toString());
                    if (entry.getParent() != null) {
                        Files.createDirectories(entry.getParent());
                    }
                    Files.copy(f, entry);
                    boolean executable = f.getFileName().toString().equals("bootstrap");
                    Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            byte[] bytes = Files.readAllBytes(zip);
            Files.delete(zip);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
