package dev.stratus.events;

import dev.stratus.events.EventsRepository.Rule;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.event.ruler.Machine;

/**
 * Which rules of a bus an event matches: one event-ruler Machine per bus holding its enabled
 * pattern rules, built on first use and rebuilt after any change to the bus's rules.
 */
final class EventRouter {
    private final Map<String, Machine> machines = new ConcurrentHashMap<>();

    /** The names of the bus's enabled rules whose pattern the event (AWS's envelope, as JSON) matches. */
    List<String> match(String busKey, String event, java.util.function.Supplier<List<Rule>> rules) throws Exception {
        Machine m = machines.computeIfAbsent(busKey, k -> build(rules.get()));
        return m.rulesForJSONEvent(event);
    }

    void invalidate(String busKey) {
        machines.remove(busKey);
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
