package dev.stratus.autoscaling;

import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.autoscaling.api.LaunchConfiguration;
import dev.stratus.autoscaling.api.LaunchTemplateOverrides;
import dev.stratus.autoscaling.api.LaunchTemplateSpecification;
import dev.stratus.autoscaling.api.TagDescription;
import dev.stratus.platform.port.Instances;
import dev.stratus.platform.port.Instances.Instance;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What keeps a group at its desired capacity: it launches instances through EC2's {@link Instances}
 * port (balanced across the group's zones) and terminates them (as {@link Placement} chooses), each
 * as a scaling activity with AWS's cause; it moves instances along their lifecycle as EC2 reports
 * their states (pending → running puts one in service, after the launch hooks; terminated ends a
 * termination) and replaces an instance stopped or terminated outside the group, which it marks
 * Unhealthy and replaces on a durable timer, outside EC2's transaction.
 */
final class Scaler {
    static final String REPLACE_TIMER = "autoscaling.replace-unhealthy";
    static final String RETRY_TIMER = "autoscaling.retry-launch";
    /** A group left short by a batch launches the next one on this timer, in a transaction of its own. */
    static final String CONTINUE_TIMER = "autoscaling.continue-launch";
    private static final long FIRST_RETRY_MS = 10_000;
    private static final long LAST_RETRY_MS = 300_000;
    static final Principal AUTOSCALING = Principal.service("autoscaling.amazonaws.com");
    /** Instances launched in one pass at most, as AWS launches a large group in batches; the rest follow at the group's next settle. */
    static final int LAUNCH_BATCH = 500;

    private final Clock clock;
    private final Timers timers;
    private final Instances instances;
    private final AutoScalingRepository repo;
    private final Activities activities;
    private final Notices notices;
    private final LifecycleHooks hooks;

    Scaler(Clock clock, Timers timers, Instances instances, AutoScalingRepository repo, Activities activities, Notices notices, LifecycleHooks hooks) {
        this.clock = clock;
        this.timers = timers;
        this.instances = instances;
        this.repo = repo;
        this.activities = activities;
        this.notices = notices;
        this.hooks = hooks;
        timers.on(REPLACE_TIMER, (tx, instanceId) -> replaceUnhealthy(tx, instanceId,
                activities.at() + " an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped."));
        timers.on(LifecycleHooks.TIMER, (tx, payload) -> {
            var outcome = hooks.expire(tx, payload);
            if (outcome.isPresent()) {
                proceed(tx, outcome.get());
            }
        });
        timers.on(RETRY_TIMER, this::retry);
        timers.on(CONTINUE_TIMER, this::resume);
        instances.watch(this::changed);
    }

    /** Launches or terminates until the group's counted instances match its desired capacity; {@code reason} starts each activity's cause. */
    void settle(Tx tx, Group g, String reason) throws SQLException {
        if (g.deleting()) {
            return;
        }
        List<Member> running = counted(tx, g);
        int missing = g.desiredCapacity - running.size();
        if (missing > 0 && !g.suspended("Launch")) {
            int batch = Math.min(missing, LAUNCH_BATCH);
            launch(tx, g, running, batch, reason);
            if (missing > batch && g.launchFailures == 0) {
                resumeLater(tx, g);
            }
        } else if (missing < 0 && !g.suspended("Terminate")) {
            for (Member m : Placement.toTerminate(g, running, -missing, clock.millis())) {
                terminate(tx, g, m, join(reason, activities.at() + " an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from "
                        + running.size() + " to " + g.desiredCapacity + ".  " + activities.at() + " instance " + m.instanceId + " was selected for termination."));
            }
        }
    }

    private void launch(Tx tx, Group g, List<Member> running, int count, String reason) throws SQLException {
        String cause = join(reason, activities.at() + " an instance was started in response to a difference between desired and actual capacity, increasing the capacity from "
                + running.size() + " to " + g.desiredCapacity + ".");
        Map<String, Integer> perZone = new LinkedHashMap<>();
        Placement.launchZones(g.zones, running, count).forEach(z -> perZone.merge(z, 1, Integer::sum));
        for (Map.Entry<String, Integer> e : perZone.entrySet()) {
            String subnet = subnetIn(tx, g, e.getKey());
            List<Instance> launched;
            try {
                launched = instances.run(tx, AUTOSCALING, launchOf(tx, g, subnet, e.getValue()));
            } catch (AwsException refused) {
                for (int i = 0; i < e.getValue(); i++) {
                    Member where = new Member();
                    where.zone = e.getKey();
                    where.subnetId = subnet;
                    ActivityRecord a = activities.start(tx, g, "Launching a new EC2 instance.  Status Reason: " + refused.getMessage()
                            + ". Launching EC2 instance failed.", cause, where);
                    a.instanceId = null;
                    activities.finish(tx, a, ActivityRecord.FAILED, refused.getMessage());
                    notices.launchFailed(tx, g, a);
                }
                retryLater(tx, g);
                continue;
            }
            if (g.launchFailures > 0) {
                g.launchFailures = 0;
                saveGroup(tx, g);
            }
            for (Instance i : launched) {
                Member m = new Member();
                m.instanceId = i.instanceId();
                m.account = g.account;
                m.region = g.region;
                m.group = g.name;
                m.zone = i.availabilityZone();
                m.subnetId = i.subnetId();
                m.state = Member.PENDING;
                m.launchConfigurationName = g.launchConfigurationName;
                m.launchTemplate = i.launchTemplateId() == null ? null : new LaunchTemplateSpecification(i.launchTemplateId(),
                        Groups.launchTemplateOf(g) == null ? null : Groups.launchTemplateOf(g).launchTemplateName(), String.valueOf(i.launchTemplateVersion()));
                m.instanceType = i.instanceType();
                m.imageId = i.imageId();
                m.protectedFromScaleIn = g.newInstancesProtectedFromScaleIn;
                m.launchedMillis = clock.millis();
                ActivityRecord a = activities.start(tx, g, "Launching a new EC2 instance: " + m.instanceId, cause, m);
                activities.progress(tx, a, "PreInService", 30);
                m.activityId = a.activityId;
                save(tx, m);
            }
            // An instance EC2 started at once told its watcher before it was the group's: its state is read again.
            for (Instance now : instances.find(tx, g.account, g.region, launched.stream().map(Instance::instanceId).toList())) {
                Member m = member(tx, now.instanceId());
                if (now.state().equals("running") && m != null && m.state.equals(Member.PENDING)) {
                    running(tx, g, m);
                }
            }
        }
    }

    /**
     * EC2 refused a launch: the group tries again on a durable timer, ten seconds after the first
     * failure and twice as long after each next one, up to five minutes, as AWS keeps retrying.
     */
    private void retryLater(Tx tx, Group g) throws SQLException {
        long delay = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS << Math.min(g.launchFailures, 5));
        g.launchFailures++;
        saveGroup(tx, g);
        String key = g.account + "|" + g.region + "|" + g.name;
        timers.cancel(tx, RETRY_TIMER, key + "@");
        long due = clock.millis() + delay;
        timers.schedule(tx, RETRY_TIMER, due, key + "@" + due);
        tx.afterCommit(timers::wake);
    }

    /** The group launched a batch and wants more: the next batch follows at once, as AWS goes on launching until the group is full. */
    private void resumeLater(Tx tx, Group g) throws SQLException {
        // The payload ends in '@' so that cancelling one group's timer does not cancel web2's with web's.
        String key = g.account + "|" + g.region + "|" + g.name + "@";
        timers.cancel(tx, CONTINUE_TIMER, key);
        timers.schedule(tx, CONTINUE_TIMER, clock.millis(), key);
        tx.afterCommit(timers::wake);
    }

    private void resume(Tx tx, String payload) throws SQLException {
        String[] k = payload.substring(0, payload.length() - 1).split("\\|", 3);
        Group g = repo.get(tx, Kind.GROUP, k[0], k[1], k[2], k[2], Group.class);
        if (g != null) {
            settle(tx, g, null);
        }
    }

    private void retry(Tx tx, String payload) throws SQLException {
        String[] k = payload.substring(0, payload.lastIndexOf('@')).split("\\|", 3);
        Group g = repo.get(tx, Kind.GROUP, k[0], k[1], k[2], k[2], Group.class);
        if (g != null && g.launchFailures > 0) {
            settle(tx, g, null);
        }
    }

    /** Starts terminating one of the group's instances: through the terminate hooks, if any, then in EC2. */
    ActivityRecord terminate(Tx tx, Group g, Member m, String cause) throws SQLException {
        ActivityRecord a = activities.start(tx, g, "Terminating EC2 instance: " + m.instanceId, cause, m);
        activities.progress(tx, a, ActivityRecord.IN_PROGRESS, 50);
        m.activityId = a.activityId;
        if (hooks.await(tx, g, m, LifecycleHooks.TERMINATING)) {
            m.state = Member.TERMINATING_WAIT;
            save(tx, m);
            activities.progress(tx, a, ActivityRecord.MID_LIFECYCLE_ACTION, 30);
            return a;
        }
        m.state = Member.TERMINATING;
        save(tx, m);
        shutDown(tx, m);
        return a;
    }

    /** Every lifecycle action of an instance is complete: it goes in service, or is terminated. */
    void proceed(Tx tx, LifecycleHooks.Outcome outcome) throws SQLException {
        Member m = member(tx, outcome.instanceId());
        if (m == null) {
            return;
        }
        Group g = group(tx, m);
        if (m.state.equals(Member.PENDING_WAIT)) {
            if (outcome.result().equals("CONTINUE")) {
                m.state = Member.PENDING_PROCEED;
                inService(tx, g, m);
                return;
            }
            ActivityRecord launch = activities.get(tx, m.activityId);
            if (launch != null && !launch.done()) {
                activities.finish(tx, launch, ActivityRecord.CANCELLED, "Instance failed to complete user's Lifecycle Action: Lifecycle Action was abandoned: "
                        + "Lifecycle Action Completed with ABANDON Result");
            }
            ActivityRecord a = activities.start(tx, g, "Terminating EC2 instance: " + m.instanceId,
                    activities.at() + " an instance was taken out of service in response to a launch lifecycle action that was abandoned.", m);
            m.activityId = a.activityId;
            m.state = Member.TERMINATING;
            save(tx, m);
            shutDown(tx, m);
            settle(tx, group(tx, m), null);
        } else if (m.state.equals(Member.TERMINATING_WAIT)) {
            m.state = Member.TERMINATING_PROCEED;
            save(tx, m);
            shutDown(tx, m);
        }
    }

    /** Marks the instance Unhealthy and replaces it at once (SetInstanceHealth), unless ReplaceUnhealthy is suspended. */
    void unhealthy(Tx tx, Member m, String cause) throws SQLException {
        m.health = "Unhealthy";
        save(tx, m);
        replaceUnhealthy(tx, m.instanceId, cause);
    }

    private void replaceUnhealthy(Tx tx, String instanceId, String cause) throws SQLException {
        Member m = member(tx, instanceId);
        if (m == null || m.health.equals("Healthy") || m.leaving()) {
            return;
        }
        Group g = group(tx, m);
        if (g.suspended("ReplaceUnhealthy")) {
            return;
        }
        terminate(tx, g, m, cause);
        settle(tx, g, null);
    }

    /** EC2 moved an instance: the group's own instance goes along its lifecycle, or is found unhealthy. */
    private void changed(Tx tx, Instance instance, String previousState) throws SQLException {
        Member m = member(tx, instance.instanceId());
        if (m == null) {
            return;
        }
        switch (instance.state()) {
            case "running" -> {
                if (m.state.equals(Member.PENDING)) {
                    running(tx, group(tx, m), m);
                }
            }
            case "terminated" -> {
                if (m.leaving()) {
                    gone(tx, m.instanceId);
                } else {
                    foundUnhealthy(tx, m);
                }
            }
            case "stopping", "stopped", "shutting-down" -> {
                if (!m.leaving()) {
                    foundUnhealthy(tx, m);
                }
            }
            default -> {
            }
        }
    }

    private void foundUnhealthy(Tx tx, Member m) throws SQLException {
        if (m.health.equals("Unhealthy") || m.state.equals(Member.STANDBY)) {
            return;
        }
        m.health = "Unhealthy";
        save(tx, m);
        timers.schedule(tx, REPLACE_TIMER, clock.millis(), m.instanceId);
        tx.afterCommit(timers::wake);
    }

    private void running(Tx tx, Group g, Member m) throws SQLException {
        if (hooks.await(tx, g, m, LifecycleHooks.LAUNCHING)) {
            m.state = Member.PENDING_WAIT;
            save(tx, m);
            ActivityRecord a = activities.get(tx, m.activityId);
            if (a != null) {
                activities.progress(tx, a, ActivityRecord.MID_LIFECYCLE_ACTION, 30);
            }
            return;
        }
        inService(tx, g, m);
    }

    private void inService(Tx tx, Group g, Member m) throws SQLException {
        m.state = Member.IN_SERVICE;
        save(tx, m);
        ActivityRecord a = activities.get(tx, m.activityId);
        if (a != null && !a.done()) {
            activities.progress(tx, a, ActivityRecord.IN_PROGRESS, 50);
            notices.launched(tx, g, a);
            activities.finish(tx, a, ActivityRecord.SUCCESSFUL, null);
        }
    }

    /** The instance leaves the group without being terminated (DetachInstances). */
    void leave(Tx tx, Group g, Member m) throws SQLException {
        hooks.forget(tx, g, m.instanceId);
        repo.delete(tx, Kind.INSTANCE, m.account, m.region, m.group, m.instanceId);
    }

    /** A running instance joins the group, in service (AttachInstances). */
    Member join(Tx tx, Group g, Instance i) throws SQLException {
        Member m = new Member();
        m.instanceId = i.instanceId();
        m.account = g.account;
        m.region = g.region;
        m.group = g.name;
        m.zone = i.availabilityZone();
        m.subnetId = i.subnetId();
        m.state = Member.IN_SERVICE;
        m.instanceType = i.instanceType();
        m.imageId = i.imageId();
        m.protectedFromScaleIn = g.newInstancesProtectedFromScaleIn;
        m.launchedMillis = i.launchTimeMillis();
        save(tx, m);
        return m;
    }

    /**
     * Asks EC2 to terminate the instance; one already gone reports no further state, so its
     * termination ends here. When EC2 refuses, the termination fails (with {@code _TERMINATE_ERROR} notices
     * and "EC2 Instance Terminate Unsuccessful") and the instance stays in service.
     */
    private void shutDown(Tx tx, Member m) throws SQLException {
        try {
            instances.terminate(tx, AUTOSCALING, m.account, m.region, List.of(m.instanceId));
        } catch (AwsException refused) {
            Group g = group(tx, m);
            ActivityRecord a = activities.get(tx, m.activityId);
            if (a != null && !a.done()) {
                activities.finish(tx, a, ActivityRecord.FAILED, refused.getMessage());
                notices.terminateFailed(tx, g, a);
            }
            m.state = Member.IN_SERVICE;
            m.activityId = null;
            save(tx, m);
            return;
        }
        List<Instance> now = instances.find(tx, m.account, m.region, List.of(m.instanceId));
        if (now.isEmpty() || now.getFirst().state().equals("terminated")) {
            gone(tx, m.instanceId);
        }
    }

    /** EC2 reports the instance terminated: its termination activity ends and it leaves the group (and a deleting group, once empty, goes). */
    private void gone(Tx tx, String instanceId) throws SQLException {
        Member m = member(tx, instanceId);
        if (m == null) {
            return;
        }
        Group g = group(tx, m);
        ActivityRecord a = activities.get(tx, m.activityId);
        if (a != null && !a.done()) {
            activities.progress(tx, a, ActivityRecord.IN_PROGRESS, 50);
            notices.terminated(tx, g, a);
            activities.finish(tx, a, ActivityRecord.SUCCESSFUL, null);
        }
        hooks.forget(tx, g, m.instanceId);
        repo.delete(tx, Kind.INSTANCE, m.account, m.region, m.group, m.instanceId);
        if (g.deleting() && members(tx, g).isEmpty()) {
            Groups.remove(tx, repo, g);
        }
    }

    private Instances.Launch launchOf(Tx tx, Group g, String subnet, int count) throws SQLException {
        Map<String, String> tags = new LinkedHashMap<>();
        for (TagDescription t : g.tags) {
            if (Boolean.TRUE.equals(t.propagateAtLaunch())) {
                tags.put(t.key(), t.value());
            }
        }
        tags.put("aws:autoscaling:groupName", g.name);
        LaunchTemplateSpecification lt = Groups.launchTemplateOf(g);
        if (lt != null) {
            String override = null;
            if (g.mixedInstancesPolicy != null && g.mixedInstancesPolicy.launchTemplate().overrides() != null) {
                override = g.mixedInstancesPolicy.launchTemplate().overrides().stream().map(LaunchTemplateOverrides::instanceType)
                        .filter(t -> t != null).findFirst().orElse(null);
            }
            return new Instances.Launch(g.account, g.region, new Instances.TemplateRef(lt.launchTemplateId(), null, lt.version()), override, null,
                    subnet, count, tags);
        }
        LaunchConfiguration lc = repo.get(tx, Kind.LAUNCH_CONFIGURATION, g.account, g.region, "", g.launchConfigurationName, LaunchConfiguration.class);
        return new Instances.Launch(g.account, g.region, null, null, LaunchConfigurations.configuration(lc), subnet, count, tags);
    }

    /** The subnet the group launches into in {@code zone}: its own (VPCZoneIdentifier), or the default VPC's. */
    private String subnetIn(Tx tx, Group g, String zone) throws SQLException {
        for (Placement.Subnet s : g.subnets) {
            if (s.zone().equals(zone)) {
                return s.subnetId();
            }
        }
        return instances.defaultSubnets(tx, g.account, g.region).stream().filter(s -> s.availabilityZone().equals(zone))
                .map(Instances.Subnet::subnetId).findFirst().orElse(null);
    }

    List<Member> members(Tx tx, Group g) throws SQLException {
        return repo.list(tx, Kind.INSTANCE, g.account, g.region, g.name, Member.class);
    }

    List<Member> counted(Tx tx, Group g) throws SQLException {
        return members(tx, g).stream().filter(Member::counted).toList();
    }

    Member member(Tx tx, String instanceId) throws SQLException {
        return repo.named(tx, Kind.INSTANCE, instanceId, Member.class);
    }

    Group group(Tx tx, Member m) throws SQLException {
        return repo.get(tx, Kind.GROUP, m.account, m.region, m.group, m.group, Group.class);
    }

    private void saveGroup(Tx tx, Group g) throws SQLException {
        repo.put(tx, Kind.GROUP, g.account, g.region, g.name, g.name, g.createdMillis, g);
    }

    void save(Tx tx, Member m) throws SQLException {
        repo.put(tx, Kind.INSTANCE, m.account, m.region, m.group, m.instanceId, 0, m);
    }

    static String join(String reason, String sentence) {
        return reason == null ? sentence : reason + "  " + sentence;
    }
}
