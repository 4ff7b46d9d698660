package dev.stratus.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

    /**
     * The python sample's app.py beside one more entry {@code name}, as a crafted package has it;
     * {@code symlink} marks that entry a symbolic link in the central directory, as {@code zip -y} stores one.
     */
    static byte[] withEntry(String name, boolean symlink) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("app.py"));
            zip.write("def handler(event, context):\n    return {'ok': True}\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(name));
            zip.write((symlink ? "/etc/passwd" : "print('outside')\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] out = bytes.toByteArray();
        if (symlink) {
            ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
            int last = -1;
            for (int at = 0; at + 46 <= out.length; at++) {
                if (b.getInt(at) == 0x02014b50) {
                    last = at;
                }
            }
            b.put(last + 5, (byte) 3); // made by: Unix
            b.putInt(last + 38, 0120777 << 16); // external attributes: S_IFLNK | 0777
        }
        return out;
    }
}
