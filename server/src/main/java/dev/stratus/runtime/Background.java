package dev.stratus.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where queued invocations run (asynchronous events, event source batches), and where environments'
 * Runtime API exchanges are served: platform threads at the priority function runtimes get
 * ({@link Sandbox#RUNTIME_NICE}), below the threads that answer requests. No caller waits on this work, and on one machine it shares the cores with the requests
 * that accept more of it: at equal priority a burst of events slows its own acceptance, which AWS
 * keeps apart. A thread is needed per invocation under way and per runtime connection, so there are
 * about as many as environments; waiting for an environment happens before, on the caller's thread.
 */
public final class Background {
    private static final Logger LOG = Logger.getLogger(Background.class.getName());
    /** util-linux's renice, which on Linux sets the priority of one thread when given its id. */
    private static final Path RENICE = Sandbox.onPath("renice");
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(work -> Thread.ofPlatform().daemon().name("stratus-background-", 0)
            .unstarted(() -> {
                lower();
                work.run();
            }));
    private static volatile boolean warned;

    private Background() {
    }

    /** Starts {@code work} on a background thread. */
    static void run(Runnable work) {
        THREADS.execute(work);
    }

    /** Runs {@code work} on a background thread and returns what it returns; interrupted, it interrupts the work. */
    public static <T> T call(Callable<T> work) throws InterruptedException {
        Future<T> done = THREADS.submit(work);
        try {
            return done.get();
        } catch (InterruptedException e) {
            done.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (e.getCause() instanceof InterruptedException i) {
                throw i;
            }
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            throw new InterruptedException("cancelled");
        }
    }

    /** Lowers the calling (platform) thread's CPU priority; where that cannot be done, it keeps its own, said once in the log. */
    private static void lower() {
        try {
            if (RENICE == null) {
                throw new IOException("renice (util-linux) is not installed");
            }
            // The kernel's id of this thread: the last part of /proc/thread-self's target, "<pid>/task/<tid>".
            String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process p = new ProcessBuilder(RENICE.toString(), "-n", Integer.toString(Sandbox.RUNTIME_NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IOException("renice exited with " + p.exitValue());
            }
        } catch (IOException | UnsupportedOperationException e) {
            if (!warned) {
                warned = true;
                LOG.log(Level.INFO, "queued invocations run at the priority of requests: " + e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
