package dev.stratus.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.time.ManualClock;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's own rules, driven by a clock the test moves and passes the test runs itself (no claiming thread). */
class JobsTest {
    final ManualClock clock = new ManualClock(1_000_000);
    final CountingStore store = new CountingStore(SqliteStore.inMemory());
    final Jobs jobs = new Jobs(store, clock);

    @AfterEach
    void close() {
        jobs.close();
        store.close();
    }

    /** One pass of the claiming thread: claims what is due and waits until every outcome is recorded; answers the jobs it ran. */
    static List<Jobs.Job> pass(Jobs jobs) {
        List<Jobs.Job> claimed = jobs.claimDue().jobs();
        claimed.stream().map(jobs::dispatch).toList().forEach(CompletableFuture::join);
        return claimed;
    }

    void owe(String kind, String spec, String lane) {
        store.write(tx -> {
            jobs.owe(tx, new Jobs.Owed(kind, spec, null, lane));
            return null;
        });
    }

    long count(String where) {
        return store.read(tx -> {
            try (ResultSet rs = tx.sql("SELECT COUNT(*) FROM stratus_job WHERE " + where).executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aJobOwedRunsOnceAndIsGone() {
        List<String> ran = new CopyOnWriteArrayList<>();
        jobs.handle("t", job -> {
            ran.add(job.spec());
            return new Outcome.Done(List.of());
        });
        owe("t", "one", null);
        assertEquals(1, pass(jobs).size());
        assertEquals(List.of("one"), ran);
        assertEquals(0, count("1 = 1"));
        assertEquals(List.of(), pass(jobs));
    }

    @Test
    void aRetryWaitsItsDelayAndCountsAnAttempt() {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        jobs.handle("t", job -> {
            attempts.add(job.attempts());
            return job.attempts() < 2 ? new Outcome.RetryAfter(5_000, "not yet") : new Outcome.Done(List.of());
        });
        owe("t", "x", null);
        pass(jobs);
        clock.advance(4_999);
        assertEquals(List.of(), pass(jobs), "not due before its delay");
        clock.advance(1);
        pass(jobs);
        clock.advance(5_000);
        pass(jobs);
        assertEquals(List.of(0, 1, 2), attempts);
        assertEquals(0, count("1 = 1"));
    }

    @Test
    void aThrottleWaitsDoublingDelaysWithoutCountingAnAttempt() {
        List<String> seen = new CopyOnWriteArrayList<>();
        jobs.handle("t", job -> {
            seen.add(job.attempts() + "/" + job.throttles());
            return job.throttles() < 2 ? new Outcome.Throttled() : new Outcome.Done(List.of());
        });
        owe("t", "x", null);
        pass(jobs);
        clock.advance(999);
        assertEquals(List.of(), pass(jobs));
        clock.advance(1);
        pass(jobs);
        clock.advance(1_999);
        assertEquals(List.of(), pass(jobs), "the second throttle waits 2 s");
        clock.advance(1);
        pass(jobs);
        assertEquals(List.of("0/0", "0/1", "0/2"), seen);
    }

    @Test
    void aHandlerThatThrowsIsTriedAgainLaterAsIfThrottled() {
        AtomicInteger calls = new AtomicInteger();
        jobs.handle("t", job -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("a bug");
            }
            return new Outcome.Done(List.of());
        });
        owe("t", "x", null);
        pass(jobs);
        assertEquals(1, count("throttles = 1 AND attempts = 0 AND claimed = 0"));
        clock.advance(1_000);
        pass(jobs);
        assertEquals(0, count("1 = 1"));
    }

    @Test
    void whatAnOutcomeOwesIsWrittenWithIt() {
        List<String> dead = new CopyOnWriteArrayList<>();
        jobs.handle("t", job -> new Outcome.Failed("Broken", "it broke", List.of(new Jobs.Owed("dlq", "for " + job.spec(), null, null))));
        jobs.handle("dlq", job -> {
            dead.add(job.spec());
            return new Outcome.Done(List.of());
        });
        owe("t", "x", null);
        pass(jobs);
        assertEquals(1, count("kind = 'dlq' AND claimed = 0"), "the failed job is gone and its dead letter owed, together");
        assertEquals(0, count("kind = 't'"));
        pass(jobs);
        assertEquals(List.of("for x"), dead);
    }

    @Test
    void jobsClaimedWhenStratusStopsRunAgainAtTheNextStart() {
        for (int i = 0; i < 3; i++) {
            owe("t", "job-" + i, null);
        }
        assertEquals(3, jobs.claimDue().jobs().size(), "claimed, then the process dies before any outcome");
        assertEquals(List.of(), jobs.claimDue().jobs(), "a claimed job is not claimed twice");
        List<String> ran = new CopyOnWriteArrayList<>();
        try (Jobs restarted = new Jobs(store, clock)) {
            restarted.handle("t", job -> {
                ran.add(job.spec());
                return new Outcome.Done(List.of());
            });
            pass(restarted);
        }
        // Jobs in no lane run on threads of their own, in no promised order.
        assertEquals(List.of("job-0", "job-1", "job-2"), ran.stream().sorted().toList());
        assertEquals(0, count("1 = 1"));
    }

    @Test
    void dueJobsAreClaimedManyToATransactionInTheOrderTheyWereOwed() {
        int owed = Jobs.CLAIM_BATCH * 2 + 10;
        store.write(tx -> {
            for (int i = 0; i < owed; i++) {
                jobs.owe(tx, new Jobs.Owed("t", Integer.toString(i), null, null));
            }
            return null;
        });
        List<Integer> claimed = new ArrayList<>();
        int writes = store.writes.get();
        Jobs.Claim first = jobs.claimDue();
        assertEquals(Jobs.CLAIM_BATCH, first.jobs().size());
        assertEquals(clock.millis(), first.nextDue(), "a full pass means more are due");
        first.jobs().forEach(j -> claimed.add(Integer.parseInt(j.spec())));
        jobs.claimDue().jobs().forEach(j -> claimed.add(Integer.parseInt(j.spec())));
        Jobs.Claim last = jobs.claimDue();
        last.jobs().forEach(j -> claimed.add(Integer.parseInt(j.spec())));
        assertEquals(3, store.writes.get() - writes, "one transaction per pass");
        assertEquals(java.util.stream.IntStream.range(0, owed).boxed().toList(), claimed);
        assertEquals(clock.millis() + 1000, last.nextDue(), "nothing else owed: look again in a second");
    }

    /** Jobs of {@code kind} are done once the latch returned is counted down. */
    CountDownLatch doneOnRelease(String kind) {
        CountDownLatch release = new CountDownLatch(1);
        jobs.handle(kind, job -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Outcome.Done(List.of());
        });
        return release;
    }

    @Test
    void outcomesThatFinishTogetherAreRecordedTogether() {
        CountDownLatch release = doneOnRelease("t");
        store.write(tx -> {
            for (int i = 0; i < 200; i++) {
                jobs.owe(tx, new Jobs.Owed("t", Integer.toString(i), null, null));
            }
            return null;
        });
        List<CompletableFuture<Void>> recorded = jobs.claimDue().jobs().stream().map(jobs::dispatch).toList();
        int writes = store.writes.get();
        store.commitMs = 2;
        release.countDown();
        recorded.forEach(CompletableFuture::join);
        assertEquals(0, count("1 = 1"));
        int transactions = store.writes.get() - writes;
        assertTrue(transactions < 50, "200 outcomes took " + transactions + " transactions");
    }

    @Test
    void claimsStopAtTheJobsInFlightAndGoOnAsTheyLand() {
        CountDownLatch release = doneOnRelease("t");
        int owed = Jobs.MOST_IN_FLIGHT + 100;
        store.write(tx -> {
            for (int i = 0; i < owed; i++) {
                jobs.owe(tx, new Jobs.Owed("t", Integer.toString(i), null, null));
            }
            return null;
        });
        List<CompletableFuture<Void>> recorded = new ArrayList<>();
        for (List<Jobs.Job> got = jobs.claimDue().jobs(); !got.isEmpty(); got = jobs.claimDue().jobs()) {
            got.forEach(j -> recorded.add(jobs.dispatch(j)));
        }
        assertEquals(Jobs.MOST_IN_FLIGHT, recorded.size(), "the rest wait in the store while as many are under way");
        release.countDown();
        recorded.forEach(CompletableFuture::join);
        assertEquals(100, jobs.claimDue().jobs().size(), "each job landed made room for one more");
    }

    @Test
    void claimsStopAtTheBytesInFlight() {
        byte[] megabyte = new byte[1024 * 1024];
        store.write(tx -> {
            for (int i = 0; i < 80; i++) {
                jobs.owe(tx, new Jobs.Owed("t", "m", megabyte, null));
            }
            return null;
        });
        int claimed = 0;
        for (int n = jobs.claimDue().jobs().size(); n > 0; n = jobs.claimDue().jobs().size()) {
            claimed += n;
        }
        assertEquals(Jobs.MOST_IN_FLIGHT_BYTES / megabyte.length, claimed, "megabyte events held in memory at once");
    }

    @Test
    void aLaneRunsItsJobsOneAtATimeInTheOrderTheyWereOwed() {
        List<String> ran = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        jobs.handle("t", job -> {
            if (running.incrementAndGet() > 1 && job.lane().equals("queue.fifo|g")) {
                overlaps.incrementAndGet();
            }
            try {
                Thread.sleep(job.spec().hashCode() % 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.add(job.spec());
            running.decrementAndGet();
            return new Outcome.Done(List.of());
        });
        for (int i = 0; i < 40; i++) {
            owe("t", Integer.toString(i), "queue.fifo|g");
        }
        pass(jobs);
        assertEquals(java.util.stream.IntStream.range(0, 40).mapToObj(Integer::toString).toList(), ran);
        assertEquals(0, overlaps.get());
    }

    @Test
    void whileClientsWaitForTheCoresPassesClaimTheirShareAndTheBacklogWaitsInTheStore() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean crowded = new java.util.concurrent.atomic.AtomicBoolean(true);
        try (Jobs giving = new Jobs(store, clock, Permission.ANYONE, dev.stratus.time.Nodes.alone(store, clock), crowded::get)) {
            giving.handle("t", job -> new Outcome.Done(List.of()));
            store.write(tx -> {
                for (int i = 0; i < 100; i++) {
                    giving.owe(tx, new Jobs.Owed("t", Integer.toString(i), null, null));
                }
                return null;
            });
            assertEquals(Jobs.CROWDED_PER_SECOND / 20, pass(giving).size(), "a first crowded pass makes up for 50 ms at most");
            Thread.sleep(30);
            int share = pass(giving).size();
            assertTrue(share >= Jobs.CROWDED_PER_SECOND * 30 / 1000 && share <= Jobs.CROWDED_PER_SECOND / 20, "the share of 30 ms or more: " + share);
            int left = 100 - Jobs.CROWDED_PER_SECOND / 20 - share;
            assertEquals(left, count("claimed = 0"), "the rest waits unclaimed, for any node");
            crowded.set(false);
            assertEquals(left, pass(giving).size(), "no longer crowded: all that is due");
        }
    }

    @Test
    void aJobOfAKindNothingHandlesIsDropped() {
        owe("gone", "x", null);
        pass(jobs);
        assertEquals(0, count("1 = 1"));
    }

    /** A store that counts its write transactions, and can make each take a while, as a commit to disk does. */
    static final class CountingStore implements Store {
        final Store inner;
        final AtomicInteger writes = new AtomicInteger();
        volatile long commitMs;

        CountingStore(Store inner) {
            this.inner = inner;
        }

        @Override
        public <T> T write(Work<T> work) {
            writes.incrementAndGet();
            return inner.write(tx -> {
                T result = work.run(tx);
                if (commitMs > 0) {
                    try {
                        Thread.sleep(commitMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return result;
            });
        }

        @Override
        public <T> T read(Work<T> work) {
            return inner.read(work);
        }

        @Override
        public <T> T claim(Work<T> work) {
            writes.incrementAndGet();
            return inner.claim(work);
        }

        @Override
        public String skipLocked() {
            return inner.skipLocked();
        }

        @Override
        public boolean shared() {
            return inner.shared();
        }

        @Override
        public void listen(String channel, Listener listener) {
            inner.listen(channel, listener);
        }

        @Override
        public void migrate(String component, List<String> scripts) {
            inner.migrate(component, scripts);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
