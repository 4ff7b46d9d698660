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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

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
 *
 * <p>A queue's signal stays while anything needs it: a receiver waiting, another node waiting, a
 * notice of this node's still holding, a change lately made unannounced. Idle ones are swept, at
 * most once per {@link #SWEEP_EVERY_MS}, as signals are made or dropped: else every queue ever
 * deleted while a send, a receive or a notice raced its delete would keep one. Versions are drawn
 * from one counter, so a signal made again never repeats a version a receiver saw.
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
    /** How often idle signals are looked for: an idle one has been so for ten seconds at least anyway. */
    static final long SWEEP_EVERY_MS = ANSWER_WINDOW_MS;

    private static final class Signal {
        final ReentrantLock lock = new ReentrantLock();
        final Condition changed = lock.newCondition();
        long version;
        int waiting;
        /** Dropped from the map: who holds it takes the queue's signal again. */
        boolean gone;
        /** Until when (nanoTime) another node has receivers waiting on this queue, as far as this node heard. */
        volatile long othersWaitUntil;
        /** Until when (nanoTime) the other nodes know that this one waits on this queue. */
        volatile long announcedUntil;
        /** When (nanoTime) this node last changed the queue without announcing it. */
        volatile long unannouncedChangeAt;

        Signal(long now, long version) {
            this.version = version;
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
    private final LongSupplier nanoTime;
    private final AtomicLong versions = new AtomicLong();
    private final AtomicLong lastSweep;

    /** The waiters of node {@code node} (an id of this process's, unique among the nodes sharing {@code store}). */
    QueueWaiters(Store store, String node) {
        this(store, node, System::nanoTime);
    }

    /** With {@code nanoTime} for the times notices and changes hold (not for waits, which are the callers' real time). */
    QueueWaiters(Store store, String node, LongSupplier nanoTime) {
        this.store = store;
        this.node = node;
        this.nanoTime = nanoTime;
        this.lastSweep = new AtomicLong(nanoTime.getAsLong());
        this.announcing = new Coalescer<>("stratus-sqs-waiters", this::announce);
        store.listen(CHANNEL, this);
        announcing.add(HELLO);
    }

    long version(long queueId) {
        Signal s = locked(queueId);
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
        long now = nanoTime.getAsLong();
        if (s.announcedUntil - now > TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS + 1_000)) {
            return;
        }
        tx.announce(CHANNEL, "w " + node + " " + WAIT_NOTICE_HOLDS_MS + " " + queueId);
        tx.afterCommit(() -> s.announcedUntil = now + TimeUnit.MILLISECONDS.toNanos(WAIT_NOTICE_HOLDS_MS));
    }

    /** Waits up to {@code millis} for the queue to change after {@code seenVersion}. */
    void await(long queueId, long seenVersion, long millis) throws InterruptedException {
        Signal s = locked(queueId);
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
        Signal s = locked(queueId);
        long now = nanoTime.getAsLong();
        boolean othersWait;
        try {
            wake(s);
            // Under the lock the listener takes to note a wait: either it sees this change, or this sees its wait.
            s.unannouncedChangeAt = now;
            othersWait = s.othersWaitUntil - now > 0;
        } finally {
            s.lock.unlock();
        }
        if (othersWait) {
            announcing.add(new Notice('c', queueId));
        }
    }

    /** Every queue may have changed (the clock moved messages into view): each receiver of this node looks again. */
    void signalAll() {
        signals.values().forEach(this::wakeLocking);
    }

    /** The queue is gone: wakes its receivers here (who then find it missing) and drops its signal. */
    void forget(long queueId) {
        Signal s = signals.remove(queueId);
        if (s != null) {
            s.lock.lock();
            try {
                s.gone = true;
                wake(s);
            } finally {
                s.lock.unlock();
            }
        }
        sweepIfDue(nanoTime.getAsLong());
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
                    s.announcedUntil = nanoTime.getAsLong();
                    if (waiting(s)) {
                        announcing.add(new Notice('w', id));
                    }
                });
            }
            case "w" -> {
                long holds = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(words[2]));
                for (long id : ids(words[3])) {
                    Signal s = locked(id);
                    long now = nanoTime.getAsLong();
                    boolean changedLately;
                    try {
                        if (s.othersWaitUntil - (now + holds) < 0) {
                            s.othersWaitUntil = now + holds;
                        }
                        changedLately = now - s.unannouncedChangeAt < TimeUnit.MILLISECONDS.toNanos(ANSWER_WINDOW_MS);
                    } finally {
                        s.lock.unlock();
                    }
                    if (changedLately) {
                        announcing.add(new Notice('c', id));
                    }
                }
            }
            case "c" -> {
                for (long id : ids(words[2])) {
                    Signal s = signals.get(id);
                    if (s != null) {
                        wakeLocking(s);
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
        long now = nanoTime.getAsLong();
        signals.forEach((id, s) -> {
            wakeLocking(s);
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
        long now = nanoTime.getAsLong();
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

    /** Wakes the receivers of {@code s}, whose lock the caller holds. */
    private void wake(Signal s) {
        s.version = versions.incrementAndGet();
        s.changed.signalAll();
    }

    private void wakeLocking(Signal s) {
        s.lock.lock();
        try {
            wake(s);
        } finally {
            s.lock.unlock();
        }
    }

    /** The queue's signal, made if it has none; it may be swept as soon as it is idle, see {@link #locked}. */
    private Signal signalOf(long queueId) {
        Signal s = signals.get(queueId);
        if (s != null) {
            return s;
        }
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        return signals.computeIfAbsent(queueId, id -> new Signal(now, versions.incrementAndGet()));
    }

    /** The queue's signal in the map, locked: one swept or forgotten meanwhile is passed over for the one made after it. */
    private Signal locked(long queueId) {
        while (true) {
            Signal s = signalOf(queueId);
            s.lock.lock();
            if (!s.gone) {
                return s;
            }
            s.lock.unlock();
        }
    }

    /** Drops the signals nothing needs any more, if the last sweep was long enough ago. */
    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last < TimeUnit.MILLISECONDS.toNanos(SWEEP_EVERY_MS) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        signals.forEach((id, s) -> {
            s.lock.lock();
            try {
                if (idle(s, now)) {
                    s.gone = true;
                    signals.remove(id, s);
                }
            } finally {
                s.lock.unlock();
            }
        });
    }

    /** No receiver here waits on it, no other node is known to, no notice of this node's holds, no change is owed to a notice. */
    private static boolean idle(Signal s, long now) {
        return s.waiting == 0 && s.othersWaitUntil - now <= 0 && s.announcedUntil - now <= 0
                && now - s.unannouncedChangeAt >= TimeUnit.MILLISECONDS.toNanos(ANSWER_WINDOW_MS);
    }

    /** How many queues have a signal: for tests of what is kept. */
    int signalCount() {
        return signals.size();
    }

    @Override
    public void close() {
        announcing.close();
    }
}
