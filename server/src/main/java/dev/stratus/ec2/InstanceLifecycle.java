package dev.stratus.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.ec2.InstanceStore.Row;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Lifecycle;
import dev.stratus.platform.port.Instances;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An instance's states, as EC2 moves it through them:
 *
 * <pre>
 *   (launch) → pending ──delay──→ running ──stop──→ stopping ──delay──→ stopped ──start──→ pending
 *   pending (after it has run once) ──stop──→ stopping
 *   pending | running | stopping | stopped ──terminate──→ shutting-down ──delay──→ terminated ──an hour──→ (gone)
 *   running ──reboot──→ running (no state change)
 * </pre>
 *
 * Each state entered is recorded with its time, sends one "EC2 Instance State-change
 * Notification" to the default bus and tells the {@link Instances} port's watchers, all in the
 * transaction that moves the instance. Entering pending again gives an instance that had a public
 * address a new one; stopped and terminated release it; terminated also releases the private
 * address and hands the volumes to EBS (deleted or detached). A terminated instance stays
 * visible for {@link Delays#terminatedVisible} and then is gone, with its tags.
 */
final class InstanceLifecycle {
    private static final DateTimeFormatter REASON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'").withZone(ZoneOffset.UTC);

    /** An instance's states with EC2's code and name; {@code GONE} is the end of a terminated one, never shown. */
    enum State {
        PENDING(0, "pending"), RUNNING(16, "running"), SHUTTING_DOWN(32, "shutting-down"), TERMINATED(48, "terminated"),
        STOPPING(64, "stopping"), STOPPED(80, "stopped"), GONE(-1, null);

        final int code;
        final String awsName;

        State(int code, String awsName) {
            this.code = code;
            this.awsName = awsName;
        }

        dev.stratus.ec2.api.InstanceState shape() {
            return new dev.stratus.ec2.api.InstanceState(code, awsName);
        }
    }

    /**
     * How long the states that end by themselves last: pending, stopping and shutting-down (AWS
     * takes seconds), the time a running instance's status checks stay {@code initializing}, and
     * how long a terminated instance stays visible (about an hour in AWS).
     */
    record Delays(Duration pending, Duration stopping, Duration shuttingDown, Duration statusChecks, Duration terminatedVisible) {

        /** Every transition taking {@code transition}; status checks pass as long after running; terminated ones visible an hour. */
        static Delays of(Duration transition) {
            return new Delays(transition, transition, transition, transition, Duration.ofHours(1));
        }
    }

    private final InstanceStore store;
    private final Network network;
    private final Volumes volumes;
    private final ResourceTags tags;
    private final ServiceEvents events;
    private final Clock clock;
    private final Timers timers;
    private final Delays delays;
    private final Lifecycle<State> lifecycle;
    private final List<Instances.StateChanges> watchers = new CopyOnWriteArrayList<>();

    InstanceLifecycle(InstanceStore store, Network network, Volumes volumes, ResourceTags tags, ServiceEvents events, Clock clock, Timers timers,
                      Delays delays) {
        this.store = store;
        this.network = network;
        this.volumes = volumes;
        this.tags = tags;
        this.events = events;
        this.clock = clock;
        this.timers = timers;
        this.delays = delays;
        this.lifecycle = Lifecycle.of("ec2.instance", State.class)
                .after(State.PENDING, delays.pending(), State.RUNNING)
                .allow(State.PENDING, State.STOPPING)
                .allow(State.PENDING, State.SHUTTING_DOWN)
                .allow(State.RUNNING, State.STOPPING)
                .allow(State.RUNNING, State.SHUTTING_DOWN)
                .after(State.STOPPING, delays.stopping(), State.STOPPED)
                .allow(State.STOPPING, State.SHUTTING_DOWN)
                .allow(State.STOPPED, State.PENDING)
                .allow(State.STOPPED, State.SHUTTING_DOWN)
                .after(State.SHUTTING_DOWN, delays.shuttingDown(), State.TERMINATED)
                .after(State.TERMINATED, delays.terminatedVisible(), State.GONE)
                .build(timers, clock, new Lifecycle.States<>() {
                    @Override
                    public State current(Tx tx, String id) throws SQLException {
                        return store.state(tx, id);
                    }

                    @Override
                    public void enter(Tx tx, String id, State from, State to) throws SQLException {
                        entered(tx, id, from, to);
                    }
                });
    }

    Delays delays() {
        return delays;
    }

    /** Tells {@code watcher} of every state entered from now on. */
    void watch(Instances.StateChanges watcher) {
        watchers.add(watcher);
    }

    /** A launched instance (its row just written, pending) enters its first state. */
    void launched(Tx tx, String id) throws SQLException {
        lifecycle.begin(tx, id, State.PENDING);
        tx.afterCommit(timers::wake);
    }

    /** Whether {@code to} may follow {@code from}. */
    boolean allows(State from, State to) {
        return lifecycle.allows(from, to);
    }

    /**
     * Moves the instance to {@code to} because its user asked: StateTransitionReason says so with
     * the time, and StateReason is {@code reasonCode} (none when null). Returns the state left.
     */
    State userMove(Tx tx, String id, State to, String reasonCode, String reasonMessage) throws SQLException {
        store.setReasons(tx, id, userInitiated(), reasonCode, reasonMessage);
        State from = lifecycle.move(tx, id, to);
        tx.afterCommit(timers::wake);
        return from;
    }

    /** "User initiated (2026-12-06 05:40:12 GMT)", as EC2 writes the reason of a move its user asked for. */
    String userInitiated() {
        return "User initiated (" + REASON_TIME.format(Instant.ofEpochMilli(clock.millis())) + ")";
    }

    private void entered(Tx tx, String id, State from, State to) throws SQLException {
        // Only what the move needs is read: a launch of a thousand enters pending a thousand times.
        String[] place = store.place(tx, id);
        if (place == null) {
            return;
        }
        String account = place[0];
        String region = place[1];
        if (to == State.GONE) {
            store.delete(tx, id);
            tags.forget(tx, account, region, id);
            return;
        }
        store.enter(tx, id, to, clock.millis());
        Row row = null;
        switch (to) {
            case RUNNING -> store.setReasons(tx, id, "", null, null);
            case PENDING -> {
                if (from == State.STOPPED) {
                    row = store.get(tx, id);
                    if (row.doc().publicIp()) {
                        store.setPublicIp(tx, id, Addresses.publicIp());
                    }
                }
            }
            case STOPPED -> store.setPublicIp(tx, id, null);
            case TERMINATED -> {
                store.setPublicIp(tx, id, null);
                row = store.get(tx, id);
                String ip = row.doc().text("PrivateIpAddress");
                if (ip != null) {
                    network.releasePrivateIp(tx, account, region, row.doc().text("SubnetId"), ip);
                }
                volumes.instanceTerminated(tx, account, region, id);
            }
            default -> {
            }
        }
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("instance-id", id);
        detail.put("state", to.awsName);
        events.put(tx, new ServiceEvents.Event("aws.ec2", "EC2 Instance State-change Notification", account, region,
                List.of(arn(region, account, id)), detail));
        if (!watchers.isEmpty()) {
            Instances.Instance seen = InstancesPort.view(row != null ? row : store.get(tx, id), to);
            for (Instances.StateChanges w : watchers) {
                w.changed(tx, seen, from == null ? null : from.awsName);
            }
        }
    }

    static String arn(String region, String account, String id) {
        return Arn.of("ec2", region, account, "instance/" + id).toString();
    }
}
