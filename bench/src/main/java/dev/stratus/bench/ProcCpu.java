package dev.stratus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the CPU went during a phase, from /proc: the Stratus server process itself (its own
 * threads, not its children), this load generator, the runtime processes (every descendant of the
 * server: the functions' execution environments), and everything else on the machine.
 *
 * <p>A sampler thread reads the descendants every {@link #INTERVAL_MS} ms, so the CPU of an
 * environment that starts during the phase is counted from its birth, and one that exits loses
 * at most its last interval. It also records the peak number of runtime processes and their peak
 * summed RSS.
 */
final class ProcCpu implements AutoCloseable {
    static final long INTERVAL_MS = 200;
    static final long CLOCK_TICKS = Long.getLong("bench.clockTicks", 100);
    static final long PAGE_BYTES = Long.getLong("bench.pageBytes", 4096);

    /** CPU (nanoseconds) and peaks of one phase. Any figure is -1 when /proc could not be read. */
    record Usage(double seconds, long serverNanos, long clientNanos, long runtimeNanos, long machineNanos,
                 int peakRuntimes, long peakRuntimeRssBytes) {
        double serverCores() { return cores(serverNanos); }
        double clientCores() { return cores(clientNanos); }
        double runtimeCores() { return cores(runtimeNanos); }
        double machineCores() { return cores(machineNanos); }
        double otherCores() {
            if (machineNanos < 0 || serverNanos < 0 || clientNanos < 0 || runtimeNanos < 0) return Double.NaN;
            return Math.max(0, machineNanos - serverNanos - clientNanos - runtimeNanos) / 1e9 / seconds;
        }
        private double cores(long nanos) { return nanos < 0 || seconds <= 0 ? Double.NaN : nanos / 1e9 / seconds; }
    }

    private final long serverPid;
    private final long selfPid = ProcessHandle.current().pid();
    private final Map<Long, Long> baseline = new HashMap<>();
    private final Map<Long, Long> last = new HashMap<>();
    private long server0, client0, machine0, start;
    private int peakRuntimes;
    private long peakRss;
    private Thread sampler;
    private volatile boolean running;

    ProcCpu(long serverPid) {
        this.serverPid = serverPid;
    }

    /** Starts a phase: takes the baseline and starts the sampler. */
    ProcCpu begin() {
        synchronized (this) {
            baseline.clear();
            last.clear();
            peakRuntimes = 0;
            peakRss = 0;
            for (long pid : runtimePids()) {
                long t = ticks(pid);
                if (t >= 0) baseline.put(pid, t);
            }
            last.putAll(baseline);
            server0 = procNanos(serverPid);
            client0 = procNanos(selfPid);
            machine0 = machineNanos();
            start = System.nanoTime();
        }
        running = true;
        sampler = Thread.ofPlatform().daemon().name("bench-proc-sampler").start(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        return this;
    }

    /** Ends the phase and returns what it used. */
    Usage end() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        synchronized (this) {
            double secs = (System.nanoTime() - start) / 1e9;
            long server1 = procNanos(serverPid), client1 = procNanos(selfPid), machine1 = machineNanos();
            long runtime = 0;
            for (Map.Entry<Long, Long> e : last.entrySet()) {
                runtime += e.getValue() - baseline.getOrDefault(e.getKey(), 0L);
            }
            return new Usage(secs, delta(server0, server1), delta(client0, client1),
                    serverPid > 0 ? runtime * (1_000_000_000L / CLOCK_TICKS) : -1, delta(machine0, machine1),
                    peakRuntimes, peakRss);
        }
    }

    @Override
    public void close() {
        if (running) end();
    }

    private synchronized void sample() {
        List<Long> pids = runtimePids();
        long rss = 0;
        int alive = 0;
        for (long pid : pids) {
            long t = ticks(pid);
            if (t < 0) continue;
            alive++;
            last.merge(pid, t, Math::max);
            rss += rssBytes(pid);
        }
        peakRuntimes = Math.max(peakRuntimes, alive);
        peakRss = Math.max(peakRss, rss);
    }

    /** The server's descendants (execution environments and whatever they started). */
    List<Long> runtimePids() {
        if (serverPid <= 0) return List.of();
        return ProcessHandle.of(serverPid).map(h -> h.descendants().map(ProcessHandle::pid).toList()).orElse(List.of());
    }

    int runtimeCount() {
        return runtimePids().size();
    }

    private static long delta(long a, long b) {
        return a < 0 || b < 0 ? -1 : b - a;
    }

    /** utime + stime of one process, in clock ticks (fields 14 and 15 of proc(5)); -1 if it is gone. */
    static long ticks(long pid) {
        if (pid <= 0) return -1;
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long procNanos(long pid) {
        long t = ticks(pid);
        return t < 0 ? -1 : t * (1_000_000_000L / CLOCK_TICKS);
    }

    static long rssBytes(long pid) {
        try {
            String[] f = Files.readString(Path.of("/proc/" + pid + "/statm")).trim().split(" ");
            return Long.parseLong(f[1]) * PAGE_BYTES;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU every process on the machine used (user+nice+system+irq+softirq+steal), from /proc/stat. */
    static long machineNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) ticks += Long.parseLong(f[i]);
            return ticks * (1_000_000_000L / CLOCK_TICKS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
