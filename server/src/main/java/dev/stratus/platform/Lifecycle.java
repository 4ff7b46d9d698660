package dev.stratus.platform;

import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of one kind of resource whose state changes on its own after a while, as an EC2
 * instance goes pending → running, or a stack CREATE_IN_PROGRESS → CREATE_COMPLETE. The service
 * declares which transitions are allowed and which states move on by themselves after a delay; a
 * move is made in the caller's transaction, and a timed move is a durable timer written in that
 * same transaction, so it happens across restarts and a test moves it with its clock.
 *
 * <p>A timed move happens only if the resource is still in the state it leaves: when something
 * else moved it first (an instance stopped while pending), the timer finds it elsewhere and does
 * nothing, so no timer needs cancelling. The resource's own class writes its states and
 * transitions in its header, as {@code ExecutionEnvironment} does.
 *
 * @param <S> the resource's states
 */
public final class Lifecycle<S extends Enum<S>> {

    /** Where the service keeps its resources' states. */
    public interface States<S> {
        /** The resource's state, or null when it no longer exists. */
        S current(Tx tx, String id) throws SQLException;

        /** Records the move (and whatever goes with it: a reason, an event) inside the caller's transaction. */
        void enter(Tx tx, String id, S from, S to) throws SQLException;
    }

    private record Timed<S>(Duration after, S next) {
    }

    private final String kind;
    private final Class<S> type;
    private final Timers timers;
    private final Clock clock;
    private final States<S> states;
    private final Map<S, Set<S>> allowed;
    private final Map<S, Timed<S>> timed;

    private Lifecycle(Builder<S> b, Timers timers, Clock clock, States<S> states) {
        this.kind = "lifecycle." + b.kind;
        this.type = b.type;
        this.timers = timers;
        this.clock = clock;
        this.states = states;
        this.allowed = b.allowed;
        this.timed = b.timed;
        timers.on(kind, this::due);
    }

    /** Declares a lifecycle named {@code kind} (unique among services, as {@code ec2.instance}) over the states of {@code type}. */
    public static <S extends Enum<S>> Builder<S> of(String kind, Class<S> type) {
        return new Builder<>(kind, type);
    }

    /** The transitions a lifecycle allows, and the ones that happen by themselves. */
    public static final class Builder<S extends Enum<S>> {
        private final String kind;
        private final Class<S> type;
        private final Map<S, Set<S>> allowed;
        private final Map<S, Timed<S>> timed;

        private Builder(String kind, Class<S> type) {
            this.kind = kind;
            this.type = type;
            this.allowed = new EnumMap<>(type);
            this.timed = new EnumMap<>(type);
        }

        /** {@code from} may move to {@code to} when the service asks. */
        public Builder<S> allow(S from, S to) {
            allowed.computeIfAbsent(from, s -> EnumSet.noneOf(type)).add(to);
            return this;
        }

        /** A resource that enters {@code from} moves to {@code to} by itself {@code after} it. */
        public Builder<S> after(S from, Duration after, S to) {
            allow(from, to);
            timed.put(from, new Timed<>(after, to));
            return this;
        }

        /** The lifecycle, its timer kind registered with {@code timers}; build it before the timers start. */
        public Lifecycle<S> build(Timers timers, Clock clock, States<S> states) {
            return new Lifecycle<>(this, timers, clock, states);
        }
    }

    /** A new resource enters its first state (its timed move, if it has one, is scheduled). */
    public void begin(Tx tx, String id, S first) throws SQLException {
        begin(tx, id, first, clock.millis());
    }

    /**
     * A new resource enters its first state as of {@code sinceMillis}: its timed move counts from
     * then, so that resources made together (the instances of one launch) move on together however
     * long the transaction that makes them takes.
     */
    public void begin(Tx tx, String id, S first, long sinceMillis) throws SQLException {
        states.enter(tx, id, null, first);
        Timed<S> t = timed.get(first);
        if (t != null) {
            timers.schedule(tx, kind, sinceMillis + t.after().toMillis(), first.name() + ' ' + id);
        }
    }

    /**
     * Moves a resource to {@code to}, inside the caller's transaction; call {@link Timers#wake()}
     * after it commits. Returns the state it left.
     *
     * @throws IllegalStateException when the resource is gone or the move is not allowed from its state
     */
    public S move(Tx tx, String id, S to) throws SQLException {
        S from = states.current(tx, id);
        if (from == null || !allowed.getOrDefault(from, Set.of()).contains(to)) {
            throw new IllegalStateException(kind + " " + id + " cannot move from " + from + " to " + to);
        }
        states.enter(tx, id, from, to);
        scheduleFrom(tx, id, to);
        return from;
    }

    /** Whether {@code to} may follow {@code from}: for the service's own errors, before it tries. */
    public boolean allows(S from, S to) {
        return allowed.getOrDefault(from, Set.of()).contains(to);
    }

    private void scheduleFrom(Tx tx, String id, S state) throws SQLException {
        Timed<S> t = timed.get(state);
        if (t != null) {
            timers.schedule(tx, kind, clock.millis() + t.after().toMillis(), state.name() + ' ' + id);
        }
    }

    private void due(Tx tx, String payload) throws SQLException {
        int space = payload.indexOf(' ');
        S left = Enum.valueOf(type, payload.substring(0, space));
        String id = payload.substring(space + 1);
        if (states.current(tx, id) == left) {
            move(tx, id, timed.get(left).next());
        }
    }
}
