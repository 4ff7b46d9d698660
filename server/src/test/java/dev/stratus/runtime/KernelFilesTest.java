package dev.stratus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfOneNumber() throws Exception {
        assertEquals(123_456_789L, KernelFiles.number(Files.writeString(dir.resolve("memory.usage_in_bytes"), "123456789\n")));
    }

    @Test
    void aFieldOfACgroupStat() throws Exception {
        Path stat = Files.writeString(dir.resolve("memory.stat"), "cache 40960\nrss 8192\ninactive_file 4096\ntotal_cache 81920\n"
                + "total_inactive_file 12288\ntotal_active_file 0\n");
        assertEquals(12_288, KernelFiles.field(stat, "total_inactive_file"));
        assertEquals(4096, KernelFiles.field(stat, "inactive_file"), "a key is matched at the start of a line only");
        assertEquals(-1, KernelFiles.field(stat, "total_unevictable"));
    }

    @Test
    void aFieldWithTabsAndUnits() throws Exception {
        Path status = Files.writeString(dir.resolve("status"), "Name:\tpython3\nVmPeak:\t  20000 kB\nVmHWM:\t   5120 kB\n");
        assertEquals(5120, KernelFiles.field(status, "VmHWM:"));
    }

    @Test
    void oomControlsKillCount() throws Exception {
        Path oom = Files.writeString(dir.resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n");
        assertEquals(0, KernelFiles.field(oom, "oom_kill_disable"));
        assertEquals(2, KernelFiles.field(oom, "oom_kill"));
    }

    @Test
    void aFileGoneReadsAsNothing() {
        assertEquals(0, KernelFiles.number(dir.resolve("gone")));
        assertEquals(-1, KernelFiles.field(dir.resolve("gone"), "oom_kill"));
    }

    @Test
    void aFileKeptOpenIsReadAgainFromItsStart() throws Exception {
        Path usage = dir.resolve("memory.usage_in_bytes");
        try (KernelFiles.Reread reread = new KernelFiles.Reread(usage)) {
            assertEquals(0, reread.number(), "a file not there yet reads as nothing");
            Files.writeString(usage, "1000\n");
            assertEquals(1000, reread.number(), "and is opened once it is there");
            Files.writeString(usage, "2000\n");
            assertEquals(2000, reread.number(), "each read starts at the start");
            assertEquals(2000, reread.number());
            Files.writeString(usage, "total_inactive_file 7\n");
            assertEquals(7, reread.field("total_inactive_file"));
            Thread.currentThread().interrupt();
            assertEquals(7, reread.field("total_inactive_file"), "an interrupted reader still reads");
            Thread.interrupted();
            assertEquals(7, reread.field("total_inactive_file"), "and so does the next");
            reread.close();
            assertEquals(0, reread.number(), "closed, it reads as gone");
            assertEquals(-1, reread.field("total_inactive_file"));
        }
    }

    @Test
    void aLastLineWithoutItsNewlineAndAPartialRead() {
        byte[] b = "a 1\nkey 42".getBytes(StandardCharsets.US_ASCII);
        assertEquals(42, KernelFiles.field(b, b.length, "key"));
        assertEquals(-1, KernelFiles.field(b, 5, "key"), "only the bytes read count");
    }
}
