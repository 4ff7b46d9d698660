package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.stratus.store.Store;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * For tests of several nodes on one PostgreSQL: {@link #pass()} returns once node {@code to} has
 * heard everything node {@code from} announced before. PostgreSQL hands a session its notices in
 * the order their transactions committed, and a node hears them on one connection, in order: a
 * mark announced last is heard last.
 */
public final class Fence {
    private static final String CHANNEL = "test.fence";
    private final Store from;
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();

    public Fence(Store from, Store to) {
        this.from = from;
        to.listen(CHANNEL, new Store.Listener() {
            @Override
            public void heard(String payload) {
                heard.add(payload);
            }

            @Override
            public void missed() {
            }
        });
    }

    public void pass() {
        String mark = UUID.randomUUID().toString();
        from.write(tx -> {
            tx.announce(CHANNEL, mark);
            return null;
        });
        try {
            // Marks of other fences on the same nodes may come first.
            for (String got = heard.poll(10, TimeUnit.SECONDS); !mark.equals(got); got = heard.poll(10, TimeUnit.SECONDS)) {
                assertNotNull(got, "the other node heard the mark");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
