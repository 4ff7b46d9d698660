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

    /** Issue 11: such packages were accepted at upload and failed only when first unpacked, at Invoke. */
    @Test
    void unsafeEntriesAreFoundInTheCentralDirectory() throws IOException {
        assertEquals(null, Zips.unsafeEntry(Files.readAllBytes(plainZip("app.py", "x", "a/b..c/d.py", "y"))));
        for (String name : new String[] {"../escape.py", "a/../../escape.py", "/etc/cron.d/x", "\\windows\\x", "C:evil", "a\\..\\..\\x"}) {
            assertEquals(name, Zips.unsafeEntry(Files.readAllBytes(plainZip("app.py", "x", name, "y"))), name);
        }
        byte[] link = Files.readAllBytes(plainZip("app.py", "x", "link", "/etc/passwd"));
        assertEquals("link", Zips.unsafeEntry(unixMode(link, "link", 0120777)));
        assertEquals(null, Zips.unsafeEntry(unixMode(Files.readAllBytes(plainZip("app.py", "x")), "app.py", 0100755)));
        assertThrows(IOException.class, () -> Zips.unsafeEntry("not a zip".getBytes(StandardCharsets.UTF_8)));
    }

    /** Marks the central directory entry {@code name} as made on Unix with {@code mode} (how zip -y stores a symbolic link). */
    static byte[] unixMode(byte[] zip, String name, int mode) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + wanted.length <= zip.length; at++) {
            if (b.getInt(at) == 0x02014b50 && java.util.Arrays.equals(zip, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)
                    && (b.getShort(at + 28) & 0xFFFF) == wanted.length) {
                b.put(at + 5, (byte) 3);
                b.putInt(at + 38, mode << 16);
            }
        }
        return zip;
    }
}
