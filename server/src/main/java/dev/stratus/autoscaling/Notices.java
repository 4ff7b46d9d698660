package dev.stratus.autoscaling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.autoscaling.api.LifecycleHook;
import dev.stratus.autoscaling.api.NotificationConfiguration;
import dev.stratus.platform.Arn;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What a group tells of its instances: the SNS messages of its notification configurations
 * ({@code autoscaling:EC2_INSTANCE_LAUNCH}, …) and the events on the default bus ("EC2 Instance
 * Launch Successful", …), both in AWS's JSON (the SNS messages with AWS's Subject), and lifecycle hooks'
 * messages to their targets. All
 * are owed inside the transaction of the activity they report. Notifications are published as the
 * group's service-linked role would, whose policy lets Auto Scaling publish to any topic of the
 * account: their deliveries are made as the group's account, so a topic or queue of another account
 * takes them only when its policy lets that account in (aws:SourceArn is the group).
 */
final class Notices {
    static final String LAUNCH = "autoscaling:EC2_INSTANCE_LAUNCH";
    static final String LAUNCH_ERROR = "autoscaling:EC2_INSTANCE_LAUNCH_ERROR";
    static final String TERMINATE = "autoscaling:EC2_INSTANCE_TERMINATE";
    static final String TERMINATE_ERROR = "autoscaling:EC2_INSTANCE_TERMINATE_ERROR";
    static final String TEST = "autoscaling:TEST_NOTIFICATION";
    static final List<String> TYPES = List.of(LAUNCH, LAUNCH_ERROR, TERMINATE, TERMINATE_ERROR, TEST);
    private static final String SOURCE = "aws.autoscaling";

    private final Clock clock;
    private final Jobs jobs;
    private final ServiceEvents events;
    private final AutoScalingRepository repo;

    Notices(Clock clock, Jobs jobs, ServiceEvents events, AutoScalingRepository repo) {
        this.clock = clock;
        this.jobs = jobs;
        this.events = events;
        this.repo = repo;
    }

    void launched(Tx tx, Group g, ActivityRecord a) throws SQLException {
        report(tx, g, a, LAUNCH, "EC2 Instance Launch Successful", "EC2", "AutoScalingGroup", "launch");
    }

    void launchFailed(Tx tx, Group g, ActivityRecord a) throws SQLException {
        report(tx, g, a, LAUNCH_ERROR, "EC2 Instance Launch Unsuccessful", "EC2", "AutoScalingGroup", "failed launch");
    }

    void terminated(Tx tx, Group g, ActivityRecord a) throws SQLException {
        report(tx, g, a, TERMINATE, "EC2 Instance Terminate Successful", "AutoScalingGroup", "EC2", "termination");
    }

    void terminateFailed(Tx tx, Group g, ActivityRecord a) throws SQLException {
        report(tx, g, a, TERMINATE_ERROR, "EC2 Instance Terminate Unsuccessful", "AutoScalingGroup", "EC2", "failed termination");
    }

    /** The message PutNotificationConfiguration sends a topic it is given with TEST_NOTIFICATION. */
    void test(Tx tx, Group g, String topicArn) throws SQLException {
        publish(tx, g, topicArn, testMessage(g), subject("test notification", g));
    }

    /** The message PutLifecycleHook sends its notification target. */
    void testHook(Tx tx, Group g, String targetArn) throws SQLException {
        publish(tx, g, targetArn, testMessage(g), subject("test notification", g));
    }

    /** The Subject AWS gives a group's SNS messages: {@code Auto Scaling: launch for group "web"}. */
    static String subject(String what, Group g) {
        return "Auto Scaling: " + what + " for group \"" + g.name + "\"";
    }

    /** An instance waits on a lifecycle hook: the "EC2 Instance-launch/terminate Lifecycle Action" event, and the hook's target's message. */
    void lifecycleAction(Tx tx, Group g, LifecycleHook hook, LifecycleAction action) throws SQLException {
        boolean launching = action.transition.endsWith("LAUNCHING");
        String origin = launching ? "EC2" : "AutoScalingGroup";
        String destination = launching ? "AutoScalingGroup" : "EC2";
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("LifecycleActionToken", action.token);
        detail.put("AutoScalingGroupName", g.name);
        detail.put("LifecycleHookName", hook.lifecycleHookName());
        detail.put("EC2InstanceId", action.instanceId);
        detail.put("LifecycleTransition", action.transition);
        if (hook.notificationMetadata() != null) {
            detail.put("NotificationMetadata", hook.notificationMetadata());
        }
        detail.put("Origin", origin);
        detail.put("Destination", destination);
        events.put(tx, new ServiceEvents.Event(SOURCE, launching ? "EC2 Instance-launch Lifecycle Action" : "EC2 Instance-terminate Lifecycle Action",
                g.account, g.region, List.of(g.arn), detail));
        if (hook.notificationTargetARN() != null) {
            ObjectNode m = Json.MAPPER.createObjectNode();
            m.put("Origin", origin);
            m.put("LifecycleHookName", hook.lifecycleHookName());
            m.put("Destination", destination);
            m.put("AccountId", g.account);
            m.put("RequestId", Ids.uuid());
            m.put("LifecycleTransition", action.transition);
            m.put("AutoScalingGroupName", g.name);
            m.put("Service", "AWS Auto Scaling");
            m.put("Time", Activities.stamp(clock.millis()));
            m.put("EC2InstanceId", action.instanceId);
            m.put("LifecycleActionToken", action.token);
            if (hook.notificationMetadata() != null) {
                m.put("NotificationMetadata", hook.notificationMetadata());
            }
            publish(tx, g, hook.notificationTargetARN(), Json.string(m), "Auto Scaling:  Lifecycle action '" + (launching ? "LAUNCHING" : "TERMINATING")
                    + "' for instance " + action.instanceId + " in progress.");
        }
    }

    private void report(Tx tx, Group g, ActivityRecord a, String type, String detailType, String origin, String destination, String what)
            throws SQLException {
        long now = clock.millis();
        long end = a.endMillis != null ? a.endMillis : now;
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("Origin", origin);
        detail.put("Destination", destination);
        detail.put("StatusCode", a.statusCode);
        detail.put("Description", a.description);
        detail.put("AutoScalingGroupName", g.name);
        detail.put("ActivityId", a.activityId);
        ObjectNode details = detail.putObject("Details");
        details.put("Subnet ID", a.subnetId == null ? "" : a.subnetId);
        details.put("Availability Zone", a.zone == null ? "" : a.zone);
        detail.put("RequestId", a.activityId);
        detail.put("StatusMessage", a.statusMessage == null ? "" : a.statusMessage);
        detail.put("EndTime", Activities.stamp(end));
        detail.put("EC2InstanceId", a.instanceId == null ? "" : a.instanceId);
        detail.put("StartTime", Activities.stamp(a.startMillis));
        detail.put("Cause", a.cause);
        List<String> resources = a.instanceId == null ? List.of(g.arn)
                : List.of(g.arn, Arn.of("ec2", g.region, g.account, "instance/" + a.instanceId).toString());
        events.put(tx, new ServiceEvents.Event(SOURCE, detailType, g.account, g.region, resources, detail));

        List<NotificationConfiguration> configs = repo.list(tx, Kind.NOTIFICATION, g.account, g.region, g.name, NotificationConfiguration.class);
        if (configs.stream().noneMatch(c -> c.notificationType().equals(type))) {
            return;
        }
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.put("Origin", origin);
        m.put("Destination", destination);
        m.put("Progress", a.progress);
        m.put("AccountId", g.account);
        m.put("Description", a.description);
        m.put("RequestId", a.activityId);
        m.put("EndTime", Activities.stamp(end));
        m.put("AutoScalingGroupARN", g.arn);
        m.put("ActivityId", a.activityId);
        m.put("StartTime", Activities.stamp(a.startMillis));
        m.put("Service", "AWS Auto Scaling");
        m.put("Time", Activities.stamp(now));
        m.put("EC2InstanceId", a.instanceId == null ? "" : a.instanceId);
        m.put("StatusCode", a.statusCode);
        m.put("StatusMessage", a.statusMessage == null ? "" : a.statusMessage);
        m.set("Details", details.deepCopy());
        m.put("AutoScalingGroupName", g.name);
        m.put("Cause", a.cause);
        m.put("Event", type);
        String message = Json.string(m);
        for (NotificationConfiguration c : configs) {
            if (c.notificationType().equals(type)) {
                publish(tx, g, c.topicARN(), message, subject(what, g));
            }
        }
    }

    private String testMessage(Group g) {
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.put("AccountId", g.account);
        m.put("RequestId", Ids.uuid());
        m.put("AutoScalingGroupARN", g.arn);
        m.put("AutoScalingGroupName", g.name);
        m.put("Service", "AWS Auto Scaling");
        m.put("Event", TEST);
        m.put("Time", Activities.stamp(clock.millis()));
        return Json.string(m);
    }

    private void publish(Tx tx, Group g, String target, String message, String subject) throws SQLException {
        jobs.owe(tx, new Delivery(target, message, null, null, null, 3, 3600, null, Map.of(), null, accountOf(g), g.arn, subject));
    }

    /** Who Auto Scaling delivers as: the group's account (its service-linked role), never a caller left unchecked. */
    static Principal accountOf(Group g) {
        return new Principal(Principal.Type.ROOT, Arn.accountRoot(g.region, g.account).toString(), g.account);
    }
}
