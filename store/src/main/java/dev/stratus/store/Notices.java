package dev.stratus.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The listeners of one process, by channel: an engine hands them what was announced (by this node
 * or, on PostgreSQL, by any node sharing the database) once the announcing transaction committed.
 */
final class Notices {
    private static final Logger LOG = Logger.getLogger(Notices.class.getName());
    private final Map<String, List<Store.Listener>> listeners = new ConcurrentHashMap<>();

    void add(String channel, Store.Listener listener) {
        Store.checkChannel(channel);
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
    }

    java.util.Set<String> channels() {
        return listeners.keySet();
    }

    void heard(String channel, String payload) {
        for (Store.Listener l : listeners.getOrDefault(channel, List.of())) {
            try {
                l.heard(payload);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener on " + channel + " failed", e);
            }
        }
    }

    /** Tells every listener that notices may have been lost (a dropped connection to the database). */
    void missed() {
        listeners.forEach((channel, ls) -> {
            for (Store.Listener l : ls) {
                try {
                    l.missed();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a listener on " + channel + " failed", e);
                }
            }
        });
    }
}
