package dev.stratus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipsTest {
    @TempDir
    Path dir;

    /** As java.util.zip, Windows tools and many build plugins write them: no Unix modes at all. */
    private Path plainZip(String... namesAndContents) throws IOException {
        Path zip = dir.resolve("plain.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void aZipWithoutUnixModesUnpacks() throws IOException {
        Path target = Files.createDirectories(dir.resolve("task"));
        Zips.unpack(plainZip("app.py", "x = 1\n", "pkg/mod.py", "y = 2\n"), target);
        assertEquals("x = 1\n", Files.readString(target.resolve("app.py")));
        assertEquals("y = 2\n", Files.readString(target.resolve("pkg/mod.py")));
    }

    @Test
    void anExecutableKeepsItsMode() throws IOException {
        Path zip = dir.resolve("modes.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            Path bootstrap = fs.getPath("bootstrap");
            Files.writeString(bootstrap, "#!/bin/sh\n");
            Files.setPosixFilePermissions(bootstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path target = Files.createDirectories(dir.resolve("task"));
        Zips.unpack(zip, target);
        assertTrue(Files.isExecutable(target.resolve("bootstrap")));
    }

    @Test
    void entriesOutsideTheTargetAreRefused() throws IOException {
        Path target = Files.createDirectories(dir.resolve("task"));
        assertThrows(IOException.class, () -> Zips.unpack(plainZip("../escape.txt", "no"), target));
        assertTrue(Files.notExists(dir.resolve("escape.txt")));
    }
}
