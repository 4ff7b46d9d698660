package dev.stratus.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory use of an environment's processes, read from /proc (Linux); 0 where it cannot be read. */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** The resident memory of a process and all its descendants. */
    static long residentBytes(ProcessHandle process) {
        long total = status(process.pid(), "VmRSS:");
        for (ProcessHandle child : (Iterable<ProcessHandle>) process.descendants()::iterator) {
            total += status(child.pid(), "VmRSS:");
        }
        return total;
    }

    /** The largest resident memory the process itself has had. */
    static long peakBytes(long pid) {
        return status(pid, "VmHWM:");
    }

    /**
     * Kills every process of the session {@code sid} leads — the runtime and whatever it started,
     * even those whose parent has exited — found by the session field of /proc/PID/stat.
     */
    static void killSession(long sid) {
        ProcessHandle.of(sid).ifPresent(ProcessHandle::destroyForcibly);
        try (var procs = Files.list(Path.of("/proc"))) {
            procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(n -> {
                if (session(Long.parseLong(n)) == sid) {
                    ProcessHandle.of(Long.parseLong(n)).ifPresent(ProcessHandle::destroyForcibly);
                }
            });
        } catch (IOException | RuntimeException notLinux) {
            // Without /proc only the runtime itself is stopped.
        }
    }

    /** Field 6 of /proc/PID/stat, after the command name in parentheses (which may hold spaces). */
    private static long session(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[3]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    private static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    String[] parts = line.substring(field.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The process ended between listing and reading, or this is not Linux.
        }
        return 0;
    }
}
