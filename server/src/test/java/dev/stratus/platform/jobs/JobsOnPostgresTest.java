package dev.stratus.platform.jobs;

import static dev.stratus.platform.jobs.JobsTest.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine on the shared store: the same statements, and two nodes claiming at once never claim one job twice. */
class JobsOnPostgresTest {
    final ManualClock clock = new ManualClock(1_000_000);

    @Test
    void jobsRunRetryAndOweOnPostgresql() {
        try (PostgresStore store = PostgresStore.open(TestPostgres.freshDatabase()); Jobs jobs = new Jobs(store, clock)) {
            List<String> ran = new CopyOnWriteArrayList<>();
            jobs.handle("t", job -> {
                ran.add(job.spec() + "@" + job.attempts());
                return job.attempts() == 0 ? new Outcome.RetryAfter(1_000, "again")
                        : new Outcome.Failed("Gone", "for good", List.of(new Jobs.Owed("dead", job.spec(), new byte[] {7}, "lane")));
            });
            jobs.handle("dead", job -> {
                ran.add("dead " + job.spec() + " " + job.payload()[0] + " in " + job.lane());
                return new Outcome.Done(List.of());
            });
            store.write(tx -> {
                jobs.owe(tx, new Jobs.Owed("t", "x", null, null));
                return null;
            });
            pass(jobs);
            clock.advance(1_000);
            pass(jobs);
            pass(jobs);
            assertEquals(List.of("x@0", "x@1", "dead x 7 in lane"), ran);
        }
    }

    @Test
    void twoNodesClaimingTogetherClaimEachJobOnce() throws Exception {
        String url = TestPostgres.freshDatabase();
        try (PostgresStore one = PostgresStore.open(url); PostgresStore two = PostgresStore.open(url); Jobs a = new Jobs(one, clock);
             Jobs b = new Jobs(two, clock)) {
            one.write(tx -> {
                for (int i = 0; i < 600; i++) {
                    a.owe(tx, new Jobs.Owed("t", Integer.toString(i), null, null));
                }
                return null;
            });
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            List<Future<List<String>>> claims = new ArrayList<>();
            for (Jobs node : List.of(a, b)) {
                claims.add(nodes.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (List<Jobs.Job> got = node.claimDue().jobs(); !got.isEmpty(); got = node.claimDue().jobs()) {
                        got.forEach(j -> mine.add(j.spec()));
                    }
                    return mine;
                }));
            }
            List<String> all = new ArrayList<>(claims.get(0).get());
            all.addAll(claims.get(1).get());
            nodes.shutdown();
            Set<String> distinct = new HashSet<>(all);
            assertEquals(all.size(), distinct.size(), "a job claimed twice");
            assertEquals(600, distinct.size());
        }
    }

    @Test
    void whatTheFirstVersionsOwedMovesIntoTheJobTableOnPostgresql() {
        try (PostgresStore store = PostgresStore.open(TestPostgres.freshDatabase())) {
            store.migrate("outbox", Deliveries.OUTBOX_MIGRATIONS.subList(0, 1));
            store.write(tx -> tx.update("INSERT INTO outbox_delivery (delivery, first_at) VALUES (?, ?)",
                    "{\"destination\":\"arn:aws:sqs:us-east-1:000000000000:q\",\"payload\":\"p\",\"maxRetries\":1,\"maxAgeSeconds\":60}", 5L));
            List<Delivery> got = new CopyOnWriteArrayList<>();
            try (Jobs jobs = new Jobs(store, clock)) {
                jobs.register("sqs", null, d -> {
                    got.add(d);
                    return List.of();
                });
                pass(jobs);
            }
            assertEquals("p", got.get(0).payload());
        }
    }
}
