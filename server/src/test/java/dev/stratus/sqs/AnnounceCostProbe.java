package dev.stratus.sqs;

import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.sqs.api.DeleteMessageBatchRequest;
import dev.stratus.sqs.api.DeleteMessageBatchRequestEntry;
import dev.stratus.sqs.api.ReceiveMessageRequest;
import dev.stratus.sqs.api.SendMessageRequest;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire's default patterns leave it out): what announcing costs SQS, by hand on a quiet machine:
 * {@code mvn -o -pl server -am test -Dtest=AnnounceCostProbe -Dsurefire.failIfNoSpecifiedTests=false [-Dprobe.which=sqlite|pg] [-Dprobe.ms=4000]}.
 * Eight in-process senders on one queue, alone, with a long-polling consumer on the same node, and (PostgreSQL) with it on
 * another node, whose waits make the sender announce; and PostgreSQL's own cost of a NOTIFY in each commit.
 */
class AnnounceCostProbe {
    static final RequestContext CTX = new RequestContext("r", "sqs", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));
    static final int THREADS = 8;
    static final long MILLIS = Long.getLong("probe.ms", 4000);

    record Node(Store store, Timers timers, Jobs jobs, SqsService sqs) {
        static Node on(Store store) {
            Timers t = new Timers(store, Clock.SYSTEM);
            Jobs j = new Jobs(store, Clock.SYSTEM);
            return new Node(store, t, j, new SqsService(store, Clock.SYSTEM, t, j, new RecordedMetrics()));
        }
    }

    /** Sends per second from THREADS senders on {@code sender}, while {@code consumer} (if any) long-polls and deletes. */
    static double run(Node sender, Node consumer, String name) throws Exception {
        String url = sender.sqs().createQueue(CTX, new CreateQueueRequest(name, Map.of(), null)).queueUrl();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong sent = new AtomicLong();
        AtomicLong received = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        if (consumer != null) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    var r = consumer.sqs().receiveMessage(CTX, new ReceiveMessageRequest(url, null, null, null, 10, null, 1, null));
                    if (r.messages() != null) {
                        received.addAndGet(r.messages().size());
                        consumer.sqs().deleteMessageBatch(CTX, new DeleteMessageBatchRequest(url,
                                r.messages().stream().map(m -> new DeleteMessageBatchRequestEntry(m.messageId(), m.receiptHandle())).toList()));
                    }
                }
            }));
        }
        // warm
        for (int i = 0; i < 300; i++) {
            sender.sqs().sendMessage(CTX, new SendMessageRequest(url, "warm", null, null, null, null, null));
        }
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    sender.sqs().sendMessage(CTX, new SendMessageRequest(url, "body", null, null, null, null, null));
                    sent.incrementAndGet();
                }
            }));
        }
        Thread.sleep(MILLIS);
        stop.set(true);
        long n = sent.get();
        double secs = (System.nanoTime() - start) / 1e9;
        for (Thread t : threads) {
            t.join();
        }
        double rate = n / secs;
        System.out.printf("PROBE %-40s %8.0f sends/s  (received %d)%n", name, rate, received.get());
        return rate;
    }

    /** Raw store: THREADS writers, each transaction one insert, with or without a NOTIFY. */
    static void raw(Store store, String name, boolean announce) throws Exception {
        store.write(tx -> {
            tx.execute("CREATE TABLE IF NOT EXISTS probe_t (id BIGINT, v TEXT)");
            return null;
        });
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong n = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    store.write(tx -> {
                        tx.update("INSERT INTO probe_t (id, v) VALUES (?, ?)", n.get(), "x");
                        if (announce) {
                            tx.announce("probe", "c node 1");
                        }
                        return null;
                    });
                    n.incrementAndGet();
                }
            }));
        }
        Thread.sleep(MILLIS);
        stop.set(true);
        double secs = (System.nanoTime() - start) / 1e9;
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("PROBE %-40s %8.0f tx/s%n", name, n.get() / secs);
    }

    @Test
    void probe() throws Exception {
        String which = System.getProperty("probe.which", "all");
        if (which.equals("all") || which.equals("sqlite")) {
            SqliteStore sqlite = SqliteStore.open(Files.createTempDirectory("probe"), SqliteStore.Durability.PROCESS_CRASH);
            Node one = Node.on(sqlite);
            run(one, null, "sqlite-send-only");
            run(one, one, "sqlite-send-local-longpoll");
        }
        if (which.equals("all") || which.equals("pg")) {
            String url = TestPostgres.freshDatabase();
            PostgresStore a = PostgresStore.open(url);
            PostgresStore b = PostgresStore.open(url);
            raw(a, "pg-raw-insert", false);
            raw(a, "pg-raw-insert-notify-each", true);
            Node na = Node.on(a);
            Node nb = Node.on(b);
            run(na, null, "pg-send-only");
            run(na, na, "pg-send-same-node-longpoll");
            run(na, nb, "pg-send-other-node-longpoll");
        }
    }
}
