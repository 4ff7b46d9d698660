package dev.stratus.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One connection per node that LISTENs on every channel a listener asked for, and one thread that
 * hands each NOTIFY to the node's listeners. The thread alone uses the connection; a new channel is
 * handed to it and LISTENed before {@link #listen} returns. When the connection is lost, notices
 * sent meanwhile are lost too: the listeners are told ({@link Store.Listener#missed}) once it is back.
 */
final class PostgresListening implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PostgresListening.class.getName());
    private static final int POLL_MS = 200;

    private record NewChannel(String channel, CompletableFuture<Void> listened) {
    }

    private final PostgresUrl url;
    private final Notices notices = new Notices();
    private final Queue<NewChannel> newChannels = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    PostgresListening(PostgresUrl url) {
        this.url = url;
        this.thread = Thread.ofPlatform().name("stratus-pg-listen").daemon().start(this::run);
    }

    /**
     * Adds {@code listener}; the channel's first is LISTENed before this returns, or fails with the
     * reason the connection could not be had (at start: a hang would tell nothing).
     */
    void listen(String channel, Store.Listener listener) {
        if (closed) {
            throw new StoreException("the store is closed", null);
        }
        notices.add(channel, listener);
        // Every listener waits for the LISTEN (again, if another got there first: PostgreSQL takes it twice), so none returns before it hears.
        NewChannel c = new NewChannel(channel, new CompletableFuture<>());
        newChannels.add(c);
        if (closed) {
            refuseNewChannels(new StoreException("the store is closed", null));
        }
        try {
            c.listened().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw (StoreException) e.getCause();
        }
    }

    private void refuseNewChannels(StoreException why) {
        for (NewChannel n = newChannels.poll(); n != null; n = newChannels.poll()) {
            n.listened().completeExceptionally(why);
        }
    }

    private void run() {
        Connection c = null;
        boolean reconnected = false;
        while (!closed) {
            try {
                if (c == null) {
                    c = DriverManager.getConnection(url.jdbcUrl(), url.credentials());
                    c.setAutoCommit(true);
                    for (String channel : notices.channels()) {
                        execute(c, "LISTEN " + quoted(channel));
                    }
                    if (reconnected) {
                        notices.missed();
                    }
                }
                for (NewChannel n = newChannels.poll(); n != null; n = newChannels.poll()) {
                    execute(c, "LISTEN " + quoted(n.channel()));
                    n.listened().complete(null);
                }
                PGNotification[] heard = c.unwrap(PGConnection.class).getNotifications(POLL_MS);
                if (heard != null) {
                    for (PGNotification n : heard) {
                        notices.heard(n.getName(), n.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (closed) {
                    break;
                }
                LOG.log(Level.WARNING, "lost the connection that listens to PostgreSQL at " + url.where() + "; reconnecting", e);
                refuseNewChannels(new StoreException("cannot listen for notices at " + url.where(), e));
                close(c);
                c = null;
                reconnected = true;
                pause();
            }
        }
        close(c);
        refuseNewChannels(new StoreException("the store is closed", null));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Channel names are checked ({@link Store#checkChannel}), so quoting keeps them as written. */
    private static String quoted(String channel) {
        return '"' + channel + '"';
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // it is being replaced or the store is closing
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
