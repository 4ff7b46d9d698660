package dev.stratus.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files Stratus ships for runtimes (the Python and Node.js bootstraps, AWS's Java runtime
 * interface client) are classpath resources under dev/stratus/runtime; processes need them as
 * files, so they are copied out once at start, from the jar or from the build's classes folder.
 */
final class RuntimeFiles {
    private static final String ROOT = "dev/stratus/runtime/";

    private RuntimeFiles() {
    }

    /**
     * Synchronized: a jar's file system is open once per JVM, so two Stratus servers starting at once in
     * one JVM (the tests' in-process servers) would otherwise meet FileSystemAlreadyExistsException.
     */
    static synchronized void extract(Path target) throws IOException {
        URL url = RuntimeFiles.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IOException("the runtime files are missing from the classpath (" + ROOT + ")");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.getPath("/" + ROOT), target);
                }
            } else {
                copy(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                String relative = from.relativize(p).toString();
                if (relative.endsWith(".class")) {
                    continue;
                }
                Path dest = to.resolve(relative);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
