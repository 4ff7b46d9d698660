package dev.stratus.autoscaling;

import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.autoscaling.api.LifecycleHook;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lifecycle hooks and the actions they hold instances in. When an instance launches (it is running)
 * or is chosen for termination, each hook of that transition makes a lifecycle action: the
 * instance waits (Pending:Wait or Terminating:Wait) until every action is completed — by
 * CompleteLifecycleAction, or with the hook's DefaultResult when no heartbeat came within its
 * HeartbeatTimeout (a durable timer) or the global timeout passed. Then the instance goes on, and
 * a launch that any action abandoned is terminated.
 */
final class LifecycleHooks {
    static final String TIMER = "autoscaling.lifecycle-timeout";
    static final String LAUNCHING = "autoscaling:EC2_INSTANCE_LAUNCHING";
    static final String TERMINATING = "autoscaling:EC2_INSTANCE_TERMINATING";
    static final int MAX_HOOKS = 50;
    private static final long MAX_GLOBAL_TIMEOUT_MS = 172_800_000L;

    /** Every action of an instance is complete: the instance goes on, abandoned when any action said so. */
    record Outcome(String instanceId, String result) {
    }

    private final Clock clock;
    private final Timers timers;
    private final AutoScalingRepository repo;
    private final Notices notices;

    LifecycleHooks(Clock clock, Timers timers, AutoScalingRepository repo, Notices notices) {
        this.clock = clock;
        this.timers = timers;
        this.repo = repo;
        this.notices = notices;
    }

    /** Creates or replaces a hook, as PutLifecycleHook: a new one needs its transition; a given target gets AWS's test message. */
    void put(Tx tx, Group g, String name, String transition, String roleArn, String targetArn, String metadata, Integer heartbeatTimeout,
             String defaultResult) throws SQLException {
        LifecycleHook old = repo.get(tx, Kind.HOOK, g.account, g.region, g.name, name, LifecycleHook.class);
        String t = transition != null ? transition : old == null ? null : old.lifecycleTransition();
        if (t == null) {
            throw new AwsException("ValidationError", "LifecycleTransition must be specified when creating a lifecycle hook.");
        }
        if (!t.equals(LAUNCHING) && !t.equals(TERMINATING)) {
            throw new AwsException("ValidationError", "Invalid Lifecycle Transition " + t + ".");
        }
        String result = defaultResult != null ? defaultResult : old == null ? "ABANDON" : old.defaultResult();
        if (!result.equals("CONTINUE") && !result.equals("ABANDON")) {
            throw new AwsException("ValidationError", "Valid values for DefaultResult are CONTINUE and ABANDON.");
        }
        int heartbeat = heartbeatTimeout != null ? heartbeatTimeout : old == null ? 3600 : old.heartbeatTimeout();
        if (heartbeat < 30 || heartbeat > 7200) {
            throw new AwsException("ValidationError", "Heartbeat timeout must be between 30 and 7200 seconds.");
        }
        if (old == null && repo.list(tx, Kind.HOOK, g.account, g.region, g.name, LifecycleHook.class).size() >= MAX_HOOKS) {
            throw new AwsException("LimitExceededFault", "Cannot add lifecycle hook " + name + " to AutoScalingGroup " + g.name
                    + " because the maximum of " + MAX_HOOKS + " lifecycle hooks is reached.");
        }
        String target = targetArn != null ? (targetArn.isEmpty() ? null : targetArn) : old == null ? null : old.notificationTargetARN();
        String role = roleArn != null ? roleArn : old == null ? null : old.roleARN();
        String meta = metadata != null ? metadata : old == null ? null : old.notificationMetadata();
        int global = (int) Math.min(100L * heartbeat, MAX_GLOBAL_TIMEOUT_MS / 1000);
        repo.put(tx, Kind.HOOK, g.account, g.region, g.name, name, 0,
                new LifecycleHook(name, g.name, t, target, role, meta, heartbeat, global, result));
        if (targetArn != null && !targetArn.isEmpty()) {
            notices.testHook(tx, g, targetArn);
        }
    }

    List<LifecycleHook> list(Tx tx, Group g) throws SQLException {
        return repo.list(tx, Kind.HOOK, g.account, g.region, g.name, LifecycleHook.class);
    }

    LifecycleHook hook(Tx tx, Group g, String name) throws SQLException {
        LifecycleHook h = repo.get(tx, Kind.HOOK, g.account, g.region, g.name, name, LifecycleHook.class);
        if (h == null) {
            throw new AwsException("ValidationError", "No Lifecycle Hook found with name: " + name + " for AutoScalingGroup: " + g.name);
        }
        return h;
    }

    /**
     * Removes a hook; the actions it still holds are completed as AWS does (ABANDON for a launch,
     * CONTINUE for a termination), and the instances whose every action is now complete are answered.
     */
    List<Outcome> delete(Tx tx, Group g, String name) throws SQLException {
        LifecycleHook h = hook(tx, g, name);
        List<Outcome> outcomes = new ArrayList<>();
        for (LifecycleAction a : actions(tx, g)) {
            if (a.hookName.equals(name) && a.result == null) {
                complete(tx, a, h.lifecycleTransition().equals(LAUNCHING) ? "ABANDON" : "CONTINUE").ifPresent(outcomes::add);
            }
        }
        repo.delete(tx, Kind.HOOK, g.account, g.region, g.name, name);
        return outcomes;
    }

    /** Makes the actions of the group's hooks for {@code transition} on {@code m}; false when it has none (the instance goes on). */
    boolean await(Tx tx, Group g, Member m, String transition) throws SQLException {
        List<LifecycleHook> hooks = list(tx, g).stream().filter(h -> h.lifecycleTransition().equals(transition)).toList();
        long now = clock.millis();
        for (LifecycleHook h : hooks) {
            LifecycleAction a = new LifecycleAction();
            a.token = Ids.uuid();
            a.account = g.account;
            a.region = g.region;
            a.group = g.name;
            a.hookName = h.lifecycleHookName();
            a.transition = transition;
            a.instanceId = m.instanceId;
            a.defaultResult = h.defaultResult();
            a.heartbeatTimeout = h.heartbeatTimeout();
            a.deadlineMillis = now + h.heartbeatTimeout() * 1000L;
            a.globalDeadlineMillis = now + h.globalTimeout() * 1000L;
            save(tx, a);
            schedule(tx, a);
            notices.lifecycleAction(tx, g, h, a);
        }
        return !hooks.isEmpty();
    }

    /** CompleteLifecycleAction: the action named by its token, or by the instance and hook. */
    Optional<Outcome> complete(Tx tx, Group g, String hookName, String token, String instanceId, String result) throws SQLException {
        if (!result.equals("CONTINUE") && !result.equals("ABANDON")) {
            throw new AwsException("ValidationError", "Valid values for LifecycleActionResult are CONTINUE and ABANDON.");
        }
        return complete(tx, waiting(tx, g, hookName, token, instanceId), result);
    }

    /** RecordLifecycleActionHeartbeat: the action waits another heartbeat timeout, never past its global timeout. */
    void heartbeat(Tx tx, Group g, String hookName, String token, String instanceId) throws SQLException {
        LifecycleAction a = waiting(tx, g, hookName, token, instanceId);
        a.deadlineMillis = Math.min(clock.millis() + a.heartbeatTimeout * 1000L, a.globalDeadlineMillis);
        save(tx, a);
        timers.cancel(tx, TIMER, a.token + "@");
        schedule(tx, a);
    }

    /** A timeout fired: the action, unless completed or heartbeaten since, takes its hook's default result. */
    Optional<Outcome> expire(Tx tx, String payload) throws SQLException {
        int at = payload.lastIndexOf('@');
        LifecycleAction a = repo.named(tx, Kind.LIFECYCLE_ACTION, payload.substring(0, at), LifecycleAction.class);
        if (a == null || a.result != null || a.deadlineMillis != Long.parseLong(payload.substring(at + 1))) {
            return Optional.empty();
        }
        return complete(tx, a, a.defaultResult);
    }

    /** Forgets the actions of an instance that left its group. */
    void forget(Tx tx, Group g, String instanceId) throws SQLException {
        for (LifecycleAction a : actions(tx, g)) {
            if (a.instanceId.equals(instanceId)) {
                timers.cancel(tx, TIMER, a.token + "@");
                repo.delete(tx, Kind.LIFECYCLE_ACTION, a.account, a.region, a.group, a.token);
            }
        }
    }

    private Optional<Outcome> complete(Tx tx, LifecycleAction a, String result) throws SQLException {
        a.result = result;
        save(tx, a);
        timers.cancel(tx, TIMER, a.token + "@");
        List<LifecycleAction> mine = actions(tx, a.account, a.region, a.group).stream().filter(x -> x.instanceId.equals(a.instanceId)).toList();
        if (mine.stream().anyMatch(x -> x.result == null)) {
            return Optional.empty();
        }
        for (LifecycleAction x : mine) {
            repo.delete(tx, Kind.LIFECYCLE_ACTION, x.account, x.region, x.group, x.token);
        }
        boolean abandoned = mine.stream().anyMatch(x -> x.result.equals("ABANDON"));
        return Optional.of(new Outcome(a.instanceId, abandoned ? "ABANDON" : "CONTINUE"));
    }

    private LifecycleAction waiting(Tx tx, Group g, String hookName, String token, String instanceId) throws SQLException {
        hook(tx, g, hookName);
        if (token == null && instanceId == null) {
            throw new AwsException("ValidationError", "Either LifecycleActionToken or InstanceId must be specified.");
        }
        for (LifecycleAction a : actions(tx, g)) {
            boolean named = token != null ? a.token.equals(token) : a.instanceId.equals(instanceId);
            if (named && a.hookName.equals(hookName) && a.result == null) {
                return a;
            }
        }
        throw new AwsException("ValidationError", token != null ? "No active Lifecycle Action found with token " + token
                : "No active Lifecycle Action found with instance ID " + instanceId);
    }

    private List<LifecycleAction> actions(Tx tx, Group g) throws SQLException {
        return actions(tx, g.account, g.region, g.name);
    }

    private List<LifecycleAction> actions(Tx tx, String account, String region, String group) throws SQLException {
        return repo.list(tx, Kind.LIFECYCLE_ACTION, account, region, group, LifecycleAction.class);
    }

    private void save(Tx tx, LifecycleAction a) throws SQLException {
        repo.put(tx, Kind.LIFECYCLE_ACTION, a.account, a.region, a.group, a.token, 0, a);
    }

    private void schedule(Tx tx, LifecycleAction a) throws SQLException {
        timers.schedule(tx, TIMER, a.deadlineMillis, a.token + "@" + a.deadlineMillis);
        tx.afterCommit(timers::wake);
    }
}
