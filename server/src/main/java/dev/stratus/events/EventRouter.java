package dev.stratus.events;

import dev.stratus.events.EventsRepository.Rule;
import dev.stratus.platform.NodeCache;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;
import software.amazon.event.ruler.Machine;

/**
 * Which rules of a bus an event matches: one event-ruler Machine per bus holding its enabled
 * pattern rules, built on first use and rebuilt after any change to the bus's rules, on every node.
 */
final class EventRouter {
    /** Buses are named by requests (PutEvents to any name): a flood of names must not grow the cache without end. */
    private static final int BUSES_KEPT = 10_000;

    private final NodeCache<Machine> machines;

    EventRouter(Store store) {
        this.machines = new NodeCache<>(store, "events.rules", BUSES_KEPT);
    }

    /** The names of the bus's enabled rules whose pattern the event (AWS's envelope, as JSON) matches. */
    List<String> match(String busKey, String event, java.util.function.Supplier<List<Rule>> rules) throws Exception {
        return machines.get(busKey, () -> build(rules.get())).rulesForJSONEvent(event);
    }

    /** The bus's rules change in {@code tx}. */
    void changed(Tx tx, String busKey) throws SQLException {
        machines.changed(tx, busKey);
    }

    private static Machine build(List<Rule> rules) {
        Machine m = new Machine();
        for (Rule r : rules) {
            if (r.pattern() != null && r.state().startsWith("ENABLED")) {
                try {
                    m.addRule(r.name(), r.pattern());
                } catch (Exception checkedAtPutRule) {
                    // PutRule refuses patterns the machine cannot take; nothing stored can fail here.
                }
            }
        }
        return m;
    }

    /** Whether event-ruler accepts a pattern; the reason when it does not. */
    static String invalidReason(String pattern) {
        try {
            new Machine().addRule("check", pattern);
            return null;
        } catch (Exception e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** TestEventPattern: whether one event matches one pattern. */
    static boolean matches(String pattern, String event) throws Exception {
        Machine m = new Machine();
        m.addRule("test", pattern);
        return !m.rulesForJSONEvent(event).isEmpty();
    }
}
