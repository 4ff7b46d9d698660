package dev.stratus.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cgroups (v1) of one execution environment, one per controller, under Stratus's own: memory
 * counts the whole process tree with shared pages once and enforces MemorySize, pids caps
 * processes and threads at AWS's 1,024, freezer stops the tree at once so nothing it forks in the
 * meantime escapes the kill. A process joins them before it starts the sandbox (see
 * {@link #joinScript()}), so everything it starts, even in a new session, stays in them.
 */
final class EnvironmentCgroup {
    /** AWS's quota: 1,024 processes or threads per execution environment. */
    static final long PROCESS_LIMIT = 1024;
    private static final long KILL_WAIT_MS = 5_000;

    private final Path memory;
    private final Path pids;
    private final Path freezer;
    private final KernelFiles.Reread usage;
    private final KernelFiles.Reread stat;
    private final KernelFiles.Reread oomControl;

    private EnvironmentCgroup(Path memory, Path pids, Path freezer) {
        this.memory = memory;
        this.pids = pids;
        this.freezer = freezer;
        this.usage = new KernelFiles.Reread(memory.resolve("memory.usage_in_bytes"));
        this.stat = new KernelFiles.Reread(memory.resolve("memory.stat"));
        this.oomControl = new KernelFiles.Reread(memory.resolve("memory.oom_control"));
    }

    /** Creates the environment's cgroups under {@code parents} (controller → Stratus's own cgroup of it). */
    static EnvironmentCgroup create(Map<String, Path> parents, String id, int memoryMb) throws IOException {
        EnvironmentCgroup cg = of(parents, id);
        try {
            Files.createDirectory(cg.memory);
            Files.createDirectory(cg.pids);
            Files.createDirectory(cg.freezer);
            Files.writeString(cg.memory.resolve("memory.limit_in_bytes"), Long.toString((long) memoryMb << 20));
            Files.writeString(cg.pids.resolve("pids.max"), Long.toString(PROCESS_LIMIT));
        } catch (IOException | RuntimeException e) {
            cg.remove();
            throw e;
        }
        return cg;
    }

    /** The cgroups environment {@code id} has, or had, under {@code parents}. */
    static EnvironmentCgroup of(Map<String, Path> parents, String id) {
        return new EnvironmentCgroup(parents.get("memory").resolve(id), parents.get("pids").resolve(id), parents.get("freezer").resolve(id));
    }

    /** A shell command that moves the shell into these cgroups (the paths are Stratus's own: no quoting needed beyond the single quotes). */
    String joinScript() {
        List<String> joins = new ArrayList<>();
        for (Path cg : List.of(memory, pids, freezer)) {
            joins.add("echo $$ > '" + cg.resolve("cgroup.procs") + "'");
        }
        return String.join(" && ", joins);
    }

    /**
     * The tree's memory now, as AWS counts it: everything charged to the cgroup (anonymous memory,
     * page cache, shared pages once) less the file cache the kernel may drop at any time
     * (inactive_file), the "working set" container tools report.
     */
    long workingSetBytes() {
        long charged = usage.number();
        long inactiveFile = stat.field("total_inactive_file");
        return Math.max(0, charged - Math.max(0, inactiveFile));
    }

    /** Whether the kernel killed a process of the tree for passing the memory limit (a cgroup removed: the environment is gone). */
    boolean oomKilled() {
        return oomControl.field("oom_kill") > 0;
    }

    /** Every process of the tree (host pids). */
    List<Long> pids() {
        List<Long> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(memory.resolve("cgroup.procs"))) {
                if (!line.isBlank()) {
                    out.add(Long.parseLong(line.trim()));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // No cgroup, no processes.
        }
        return out;
    }

    /**
     * Kills the whole tree: frozen first, so that no process forks past the kill, then every
     * process sent SIGKILL, then thawed so that the signals are delivered; waits until it is empty.
     */
    void kill() {
        boolean frozen = write(freezer.resolve("freezer.state"), "FROZEN");
        for (Long pid : pids()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        if (frozen) {
            write(freezer.resolve("freezer.state"), "THAWED");
        }
        long until = System.currentTimeMillis() + KILL_WAIT_MS;
        while (!pids().isEmpty() && System.currentTimeMillis() < until) {
            for (Long pid : pids()) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Kills what is left and removes the cgroups; an already removed one is no error. */
    void remove() {
        if (Files.isDirectory(memory)) {
            kill();
        }
        // The files go with the cgroup; read after this, they read as gone.
        usage.close();
        stat.close();
        oomControl.close();
        for (Path cg : List.of(memory, pids, freezer)) {
            try {
                Files.deleteIfExists(cg);
            } catch (IOException | RuntimeException busy) {
                // A process the kill could not reap yet keeps it; the next start's leftover sweep retries.
            }
        }
    }

    private static boolean write(Path file, String value) {
        try {
            Files.writeString(file, value);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
