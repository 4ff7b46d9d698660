package dev.stratus.lambda;

import dev.stratus.platform.Arn;
import dev.stratus.platform.port.LogSink;
import dev.stratus.runtime.EnvironmentSpec;
import dev.stratus.runtime.LogWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Functions' log lines on their way to CloudWatch Logs: queued by the environments and written in
 * batches by one thread, so an invocation does not wait for the store to write its logs. The queue
 * is bounded: a function that prints faster than the store can write is slowed to the store's pace
 * rather than filling Stratus's memory.
 */
public final class FunctionLogs implements LogWriter.Factory, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FunctionLogs.class.getName());
    private static final int BATCH = 2000;
    /** How long the writer waits for a first line before it looks whether it is to stop. */
    private static final long IDLE_POLL_MS = 20;
    /**
     * How long a batch gathers lines after its first: each batch looks up its streams and its
     * groups' filters, so a stream of lines written as it came cost several statements per line.
     */
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int CAPACITY = 100_000;

    private final LogSink logs;
    private final LinkedBlockingQueue<LogSink.Line> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final Thread writer;
    private volatile boolean running = true;

    public FunctionLogs(LogSink logs) {
        this.logs = logs;
        this.writer = Thread.ofPlatform().daemon().name("lambda-logs").start(this::drain);
    }

    @Override
    public LogWriter forFunction(EnvironmentSpec spec) {
        Arn arn = Arn.parse(spec.functionArn()).orElseThrow();
        String region = arn.region();
        String account = arn.account();
        return (stream, timestamp, message) -> {
            try {
                queue.put(new LogSink.Line(account, region, spec.logGroup(), stream, timestamp, message));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private void drain() {
        List<LogSink.Line> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                LogSink.Line first = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long until = System.nanoTime() + GATHER_NANOS;
                for (long left = GATHER_NANOS; batch.size() < BATCH && left > 0; left = until - System.nanoTime()) {
                    LogSink.Line next = queue.poll(left, TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                    queue.drainTo(batch, BATCH - batch.size());
                }
            } catch (InterruptedException e) {
                // What was gathered is still written, and then what is queued.
                running = false;
            }
            write(batch);
            batch.clear();
        }
    }

    private void write(List<LogSink.Line> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            logs.append(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot write " + batch.size() + " function log lines", e);
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
