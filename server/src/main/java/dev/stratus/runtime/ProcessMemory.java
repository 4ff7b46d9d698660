package dev.stratus.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Memory use of an environment's processes, read from /proc (Linux); 0 where it cannot be read. */
final class ProcessMemory {
    private ProcessMemory() {
    }

    private static final long PAGE_BYTES = 4096;

    /**
     * The resident memory of every session's processes together, by session id, from one pass over
     * /proc: an environment's runtime leads its own session, so this is what each environment uses.
     */
    static Map<Long, Long> residentBySession() {
        Map<Long, Long> out = new HashMap<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(n -> {
                long[] sessionAndRss = sessionAndRss(Long.parseLong(n));
                if (sessionAndRss != null) {
                    out.merge(sessionAndRss[0], sessionAndRss[1] * PAGE_BYTES, Long::sum);
                }
            });
        } catch (IOException | RuntimeException notLinux) {
            // Without /proc nothing is measured and no limit is enforced.
        }
        return out;
    }

    /** The largest resident memory the process itself has had. */
    static long peakBytes(long pid) {
        return Math.max(0, KernelFiles.field(Path.of("/proc", Long.toString(pid), "status"), "VmHWM:")) * 1024;
    }

    /**
     * Kills every process of the session {@code sid} leads — the runtime and whatever it started,
     * even those whose parent has exited.
     */
    static void killSession(long sid) {
        ProcessHandle.of(sid).ifPresent(ProcessHandle::destroyForcibly);
        for (long pid : session(sid)) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** Every process of the session {@code sid}, found by the session field of /proc/PID/stat; none without /proc. */
    static List<Long> session(long sid) {
        List<Long> out = new ArrayList<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(n -> {
                long[] sessionAndRss = sessionAndRss(Long.parseLong(n));
                if (sessionAndRss != null && sessionAndRss[0] == sid) {
                    out.add(Long.parseLong(n));
                }
            });
        } catch (IOException | RuntimeException notLinux) {
            // Without /proc nothing is found.
        }
        return out;
    }

    /** Fields 6 (session) and 24 (resident pages) of /proc/PID/stat, read after the command name in parentheses (which may hold spaces). */
    private static long[] sessionAndRss(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[3]), Long.parseLong(fields[21])};
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
