package dev.stratus.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CoalescerTest {
    @Test
    void whatArrivesWhileABatchIsHandledMakesTheNextBatch() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        List<Set<Integer>> batches = new CopyOnWriteArrayList<>();
        try (Coalescer<Integer> c = new Coalescer<>("test-coalescer", batch -> {
            batches.add(batch);
            if (batches.size() == 1) {
                firstStarted.countDown();
                await(release);
            } else {
                secondDone.countDown();
            }
        })) {
            c.add(1);
            assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
            c.add(2);
            c.add(3);
            c.add(2);
            release.countDown();
            assertTrue(secondDone.await(5, TimeUnit.SECONDS));
            assertEquals(List.of(Set.of(1), Set.of(2, 3)), batches);
        }
    }

    @Test
    void aFailingBatchDoesNotStopTheNext() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try (Coalescer<Integer> c = new Coalescer<>("test-coalescer", batch -> {
            if (batch.contains(1)) {
                failed.countDown();
                throw new IllegalStateException("the store is away");
            }
            done.countDown();
        })) {
            c.add(1);
            assertTrue(failed.await(5, TimeUnit.SECONDS));
            c.add(2);
            assertTrue(done.await(5, TimeUnit.SECONDS));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
