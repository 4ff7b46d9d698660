package dev.stratus.sqs;

import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Long polling: a receiver that found nothing waits on its queue's signal until a message
 * arrives (or becomes visible again), the queue goes away, or its wait time runs out.
 * A version number per queue closes the gap between "found nothing" and "started waiting".
 *
 * <p>Across nodes sharing a store, a change wakes the receivers of other nodes by an announcement,
 * but only for queues some other node said it waits on: announcing every SendMessage would cost a
 * NOTIFY each, and PostgreSQL commits those one at a time. A node that starts waiting on a queue
 * announces it, from the very transaction that found the queue empty, and that notice holds for
 * twice the longest wait, so one covers the waits begun meanwhile. The gap between that
 * transaction and the other nodes hearing of it is closed by each of them answering the notice
 * when it changed the queue lately without announcing it. Changes are announced in batches by one
 * thread, off the request path. A node that joins, or lost notices, says hello; the others then
 * announce their waits again. On one node (SQLite) none of this is heard but its own notices, and
 * a change costs what it did: a local signal.
 */
final class QueueWaiters implements Store.Listener, AutoCloseable {
    static final String CHANNEL = "sqs.waiters";
    private static final long MAX_WAIT_MS = 20_000;
    /** How long another node is taken to wait on a queue after it said so: two of the longest waits. */
    static final long WAIT_NOTICE_HOLDS_MS = 2 * MAX_WAIT_MS;
    /**
     * A change not announced is announced when another node says it waits, if made this recently: the
     * waiter may have looked just before it committed. Far beyond a notice's delay, and the cost of
     * too long is a receiver that looks once more.
     */
    private static final long ANSWER_WINDOW_MS = 10_000;
    /** At most this many queue ids in one notice (a NOTIFY payload is under 8000 bytes). */
    private static final int IDS_PER_NOTICE = 150;

    private static final class Signal {
        final ReentrantLock lock = new ReentrantLock();
        final Condition changed = lock.newCondition();
        long version;
        int waiting;
        /** Until when (nanoTime) another node has receivers waiting on this queue, as far as this node heard. */
        volatile long othersWaitUntil;
        /** Until when (nanoTime) the other nodes know that this one waits on this queue. */
        volatile long announcedUntil;
        /** When (nanoTime) this node last changed the queue without announcing it. */
        volatile long unannouncedChangeAt;

        Signal(long now) {
            othersWaitUntil = now;
            announcedUntil = now;
            unannouncedChangeAt = now - TimeUnit.MILLISECONDS.toNanos(ANSWER_WINDOW_MS) - 1;
        }
    }

    /** What the announcing thread has to say: a hello, or a queue changed or waited on. */
    private record Notice(char kind, long queueId) {
    }

    private static final Notice HELLO = new Notice('h', 0);

    private final Store store;
    private final String node;
    private final Map<Long, Signal> signals = new ConcurrentHashMap<>();
    private final Coalescer<Notice> announcing;

    /** The waiters of node {@code node} (an id of this process's, unique among the nodes sharing {@code store}). */
    QueueWaiters(Store store, String node) {
        this.store = store;
        this.node = node;
        this.announcing = new Coalescer<>("stratus-sqs-waiters", this::announce);
        store.listen(CHANNEL, this);
        announcing.add(HELLO);
    }

    long version(long queueId) {
        Signal s = signalOf(queueId);
        s.lock.lock();
        try {
            return s.version;
        } finally {
            s.lock.unlock();
        }
    }

    /**
     * Inside the transaction that found {@code queueId} empty, before its receiver waits: lets the
     * other nodes know, unless a notice of this node's still holds for the longest wait.
     */
    void willWait(Tx tx, long queueId) throws SQLException {
        Signal s = signalOf(queueId);
        long now = System.nanoTime();
        if (s.announcedUntil - now > TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS + 1_000)) {
            return;
        }
        tx.announce(CHANNEL, "w " + node + " " + WAIT_NOTICE_HOLDS_MS + " " + queueId);
        tx.afterCommit(() -> s.announcedUntil = now + TimeUnit.MILLISECONDS.toNanos(WAIT_NOTICE_HOLDS_MS));
    }

    /** Waits up to {@code millis} for the queue to change after {@code seenVersion}. */
    void await(long queueId, long seenVersion, long millis) throws InterruptedException {
        Signal s = signalOf(queueId);
        s.lock.lock();
        s.waiting++;
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (s.version == seenVersion && nanos > 0) {
                nanos = s.changed.awaitNanos(nanos);
            }
        } finally {
            s.waiting--;
            s.lock.unlock();
        }
    }

    /** A change to the queue has committed: wakes its receivers here, and those of other nodes that wait on it. */
    void signal(long queueId) {
        Signal s = signalOf(queueId);
        wake(s);
        long now = System.nanoTime();
        // Written before othersWaitUntil is read, as the listener writes that before reading this: one of the two sees the other.
        s.unannouncedChangeAt = now;
        if (s.othersWaitUntil - now > 0) {
            announcing.add(new Notice('c', queueId));
        }
    }

    /** Every queue may have changed (the clock moved messages into view): each receiver of this node looks again. */
    void signalAll() {
        signals.values().forEach(QueueWaiters::wake);
    }

    /** The queue is gone: wakes its receivers here (who then find it missing) and drops its signal. */
    void forget(long queueId) {
        Signal s = signals.remove(queueId);
        if (s != null) {
            wake(s);
        }
    }

    @Override
    public void heard(String payload) {
        String[] words = payload.split(" ");
        if (words.length < 2 || words[1].equals(node)) {
            return;
        }
        switch (words[0]) {
            case "h" -> {
                // A node that has not heard of this one's waits: they are announced again, now and as they begin.
                signals.forEach((id, s) -> {
                    s.announcedUntil = System.nanoTime();
                    if (waiting(s)) {
                        announcing.add(new Notice('w', id));
                    }
                });
            }
            case "w" -> {
                long holds = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(words[2]));
                for (long id : ids(words[3])) {
                    Signal s = signalOf(id);
                    long now = System.nanoTime();
                    if (s.othersWaitUntil - (now + holds) < 0) {
                        s.othersWaitUntil = now + holds;
                    }
                    if (now - s.unannouncedChangeAt < TimeUnit.MILLISECONDS.toNanos(ANSWER_WINDOW_MS)) {
                        announcing.add(new Notice('c', id));
                    }
                }
            }
            case "c" -> {
                for (long id : ids(words[2])) {
                    Signal s = signals.get(id);
                    if (s != null) {
                        wake(s);
                    }
                }
            }
            default -> {
                // a notice of a later version's: nothing this node knows to do
            }
        }
    }

    /** Notices were lost: receivers here look again, and the other nodes are asked to announce their waits again. */
    @Override
    public void missed() {
        long now = System.nanoTime();
        signals.forEach((id, s) -> {
            wake(s);
            s.announcedUntil = now;
            if (now - s.unannouncedChangeAt < TimeUnit.MILLISECONDS.toNanos(ANSWER_WINDOW_MS)) {
                announcing.add(new Notice('c', id));
            }
        });
        announcing.add(HELLO);
    }

    /** One transaction for a batch: a hello, the waits, the changes, as few notices as the ids fit in. */
    private void announce(Set<Notice> batch) {
        List<String> payloads = new ArrayList<>();
        if (batch.contains(HELLO)) {
            payloads.add("h " + node);
        }
        for (char kind : new char[] {'w', 'c'}) {
            List<Long> ids = batch.stream().filter(n -> n.kind() == kind).map(Notice::queueId).toList();
            for (int i = 0; i < ids.size(); i += IDS_PER_NOTICE) {
                String list = String.join(",", ids.subList(i, Math.min(ids.size(), i + IDS_PER_NOTICE)).stream().map(Object::toString).toList());
                payloads.add(kind == 'w' ? "w " + node + " " + WAIT_NOTICE_HOLDS_MS + " " + list : "c " + node + " " + list);
            }
        }
        long now = System.nanoTime();
        store.write(tx -> {
            for (String p : payloads) {
                tx.announce(CHANNEL, p);
            }
            return null;
        });
        for (Notice n : batch) {
            Signal s = n.kind() == 'w' ? signals.get(n.queueId()) : null;
            if (s != null) {
                s.announcedUntil = now + TimeUnit.MILLISECONDS.toNanos(WAIT_NOTICE_HOLDS_MS);
            }
        }
    }

    private static List<Long> ids(String list) {
        List<Long> out = new ArrayList<>();
        for (String id : list.split(",")) {
            out.add(Long.parseLong(id));
        }
        return out;
    }

    private static boolean waiting(Signal s) {
        s.lock.lock();
        try {
            return s.waiting > 0;
        } finally {
            s.lock.unlock();
        }
    }

    private static void wake(Signal s) {
        s.lock.lock();
        try {
            s.version++;
            s.changed.signalAll();
        } finally {
            s.lock.unlock();
        }
    }

    private Signal signalOf(long queueId) {
        Signal s = signals.get(queueId);
        return s != null ? s : signals.computeIfAbsent(queueId, id -> new Signal(System.nanoTime()));
    }

    @Override
    public void close() {
        announcing.close();
    }
}
