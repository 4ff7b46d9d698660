package dev.stratus.platform;

import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Changes to what a node keeps in memory of the store (a cache, the pollers of a mapping), made
 * known to every node sharing the store. A write says what it changed, by key or all at once; the
 * {@link Follower} hears it on this node as the transaction ends (committed, or rolled back after
 * something in it may have read what it wrote), before {@link Store#write} returns, and on every
 * other node once they hear the announcement. A node that may have missed announcements hears
 * that everything changed.
 */
public final class Changes {
    /** A key in an announcement leaves room for the node's mark within {@link Tx#MAX_PAYLOAD_BYTES}. */
    static final int MAX_KEY_BYTES = Tx.MAX_PAYLOAD_BYTES - 64;
    private static final char ONE = '=';
    private static final char ALL = '*';

    /** What a node does when something changed; called on the store's threads, so it must return quickly. */
    public interface Follower {
        void changed(String key);

        void changedAll();
    }

    private final String channel;
    private final Follower follower;
    /** This node's mark on what it announces: it followed those changes already, when their transactions ended. */
    private final String node = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);

    /** Follows {@code channel} ({@link Store#checkChannel}'s names); register before serving, as {@link Store#listen} says. */
    public Changes(Store store, String channel, Follower follower) {
        this.channel = channel;
        this.follower = follower;
        store.listen(channel, new Store.Listener() {
            @Override
            public void heard(String payload) {
                Changes.this.heard(payload);
            }

            @Override
            public void missed() {
                follower.changedAll();
            }
        });
    }

    /** {@code key} changes in {@code tx}. */
    public void changed(Tx tx, String key) throws SQLException {
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            changedAll(tx);
            return;
        }
        tx.announce(channel, node + ONE + key);
        Runnable follow = () -> follower.changed(key);
        tx.afterCommit(follow);
        tx.afterRollback(follow);
    }

    /** Anything on the channel may change in {@code tx}. */
    public void changedAll(Tx tx) throws SQLException {
        tx.announce(channel, node + ALL);
        tx.afterCommit(follower::changedAll);
        tx.afterRollback(follower::changedAll);
    }

    private void heard(String payload) {
        int mark = 0;
        while (mark < payload.length() && Character.isLetterOrDigit(payload.charAt(mark))) {
            mark++;
        }
        if (payload.substring(0, mark).equals(node)) {
            return;
        }
        if (mark < payload.length() && payload.charAt(mark) == ONE) {
            follower.changed(payload.substring(mark + 1));
        } else {
            // All, or a form this node does not know: what it keeps is assumed changed.
            follower.changedAll();
        }
    }
}
