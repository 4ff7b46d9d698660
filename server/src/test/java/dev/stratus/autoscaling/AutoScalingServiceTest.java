package dev.stratus.autoscaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.autoscaling.api.*;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Alarms;
import dev.stratus.store.Tx;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auto Scaling against the service itself, on an in-memory store, a clock the test moves and an EC2 stand-in ({@link FakeInstances}). */
class AutoScalingServiceTest {
    static final String ACCOUNT = "111122223333";
    static final String TOPIC = "arn:aws:sns:us-east-1:" + ACCOUNT + ":asg-news";
    final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z").toEpochMilli());
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final FakeInstances ec2 = new FakeInstances(clock);
    final List<ServiceEvents.Event> events = new ArrayList<>();
    final dev.stratus.platform.port.RecordedMetrics metrics = new dev.stratus.platform.port.RecordedMetrics();
    /** CloudWatch's alarms as Auto Scaling keeps them, by name. */
    final Map<String, Alarms.MetricAlarm> alarms = new java.util.LinkedHashMap<>();
    final AutoScalingService asg = new AutoScalingService(store, clock, timers, jobs, ec2, (tx, e) -> events.add(e), new Alarms() {
        @Override
        public String put(Tx tx, MetricAlarm alarm) {
            alarms.put(alarm.name(), alarm);
            return "arn:aws:cloudwatch:" + alarm.region() + ":" + alarm.account() + ":alarm:" + alarm.name();
        }

        @Override
        public void delete(Tx tx, String account, String region, List<String> names) {
            names.forEach(alarms::remove);
        }
    }, metrics);
    final RequestContext ctx = new RequestContext("r", "autoscaling", "op", "us-east-1", ACCOUNT, "test", "localhost",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT));

    @BeforeEach
    void start() {
        timers.start();
    }

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    /** A request record from its members as AWS names them. */
    static <T> T req(Class<T> type, Object... members) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            m.put((String) members[i], members[i + 1]);
        }
        return Json.read(Json.tree(m), type);
    }

    void launchConfiguration(String name, String image) {
        asg.createLaunchConfiguration(ctx, req(CreateLaunchConfigurationType.class, "LaunchConfigurationName", name, "ImageId", image,
                "InstanceType", "t3.micro"));
    }

    void group(String name, int min, int max, int desired, Object... more) {
        List<Object> members = new ArrayList<>(List.of("AutoScalingGroupName", name, "MinSize", min, "MaxSize", max, "DesiredCapacity", desired));
        members.addAll(List.of(more));
        if (!members.contains("LaunchConfigurationName") && !members.contains("LaunchTemplate") && !members.contains("MixedInstancesPolicy")) {
            members.addAll(List.of("LaunchConfigurationName", "lc"));
        }
        if (!members.contains("VPCZoneIdentifier") && !members.contains("AvailabilityZones")) {
            members.addAll(List.of("AvailabilityZones", List.of("us-east-1a", "us-east-1b", "us-east-1c")));
        }
        asg.createAutoScalingGroup(ctx, req(CreateAutoScalingGroupType.class, members.toArray()));
    }

    AutoScalingGroup describe(String name) {
        return asg.describeAutoScalingGroups(ctx, req(AutoScalingGroupNamesType.class, "AutoScalingGroupNames", List.of(name))).autoScalingGroups().getFirst();
    }

    List<Activity> activities(String name) {
        return asg.describeScalingActivities(ctx, req(DescribeScalingActivitiesType.class, "AutoScalingGroupName", name)).activities();
    }

    List<String> states(String name) {
        return describe(name).instances().stream().map(Instance::lifecycleState).toList();
    }

    /** Deliveries owed so far, to {@code destination}, as their payloads. */
    List<JsonNode> delivered(String destination) {
        return store.read(tx -> {
            List<JsonNode> out = new ArrayList<>();
            PreparedStatement ps = tx.sql("SELECT spec FROM stratus_job ORDER BY id");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Delivery d = Json.parse(rs.getString(1), Delivery.class);
                    if (d.destination().equals(destination)) {
                        out.add(Json.parse(d.payload()));
                    }
                }
            }
            return out;
        });
    }

    /** The deliveries owed so far to {@code destination}. */
    List<Delivery> deliveries(String destination) {
        return store.read(tx -> {
            List<Delivery> out = new ArrayList<>();
            try (ResultSet rs = tx.sql("SELECT spec FROM stratus_job ORDER BY id").executeQuery()) {
                while (rs.next()) {
                    Delivery d = Json.parse(rs.getString(1), Delivery.class);
                    if (d.destination().equals(destination)) {
                        out.add(d);
                    }
                }
            }
            return out;
        });
    }

    /** The Subjects of the deliveries owed so far to {@code destination}. */
    List<String> subjects(String destination) {
        return store.read(tx -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = tx.sql("SELECT spec FROM stratus_job ORDER BY id").executeQuery()) {
                while (rs.next()) {
                    Delivery d = Json.parse(rs.getString(1), Delivery.class);
                    if (d.destination().equals(destination)) {
                        out.add(d.subject());
                    }
                }
            }
            return out;
        });
    }

    /** Moves the clock and waits until no timer is due. */
    void advance(long millis) throws InterruptedException {
        clock.advance(millis);
        timers.wake();
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            boolean due = store.read(tx -> {
                PreparedStatement ps = tx.sql("SELECT COUNT(*) FROM stratus_timer WHERE due_at <= ?");
                ps.setLong(1, clock.millis());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) > 0;
                }
            });
            if (!due) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timers still due after 10 s");
    }

    static AwsException refused(Runnable call) {
        return assertThrows(AwsException.class, call::run);
    }

    @Test
    void aGroupLaunchesItsDesiredCapacityBalancedAcrossZonesAndTagsItsInstances() {
        launchConfiguration("lc", "ami-1");
        group("web", 1, 5, 4, "Tags", List.of(Map.of("Key", "Env", "Value", "prod", "PropagateAtLaunch", true),
                Map.of("Key", "Team", "Value", "core", "PropagateAtLaunch", false)));
        AutoScalingGroup g = describe("web");
        assertEquals(List.of("Pending", "Pending", "Pending", "Pending"), states("web"));
        assertEquals(Map.of("us-east-1a", 2L, "us-east-1b", 1L, "us-east-1c", 1L),
                g.instances().stream().collect(java.util.stream.Collectors.groupingBy(Instance::availabilityZone, java.util.stream.Collectors.counting())));
        assertEquals(Map.of("Env", "prod", "aws:autoscaling:groupName", "web"), ec2.tags.values().iterator().next(),
                "PropagateAtLaunch tags and the group's name go on each instance");
        assertTrue(g.autoScalingGroupARN().matches("arn:aws:autoscaling:us-east-1:" + ACCOUNT + ":autoScalingGroup:[0-9a-f-]{36}:autoScalingGroupName/web"));
        ec2.settle(store);
        assertEquals(List.of("InService", "InService", "InService", "InService"), states("web"));
        List<Activity> acts = activities("web");
        assertEquals(4, acts.size());
        Activity a = acts.getFirst();
        assertEquals("Successful", a.statusCode());
        assertEquals(100, a.progress());
        assertTrue(a.description().startsWith("Launching a new EC2 instance: i-"), a.description());
        assertEquals("At 2026-12-01T10:00:00Z a user request created an AutoScalingGroup changing the desired capacity from 0 to 4.  "
                + "At 2026-12-01T10:00:00Z an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 0 to 4.",
                a.cause());
        assertEquals(4, events.stream().filter(e -> e.detailType().equals("EC2 Instance Launch Successful")).count());
        ServiceEvents.Event e = events.getFirst();
        assertEquals("aws.autoscaling", e.source());
        assertEquals(g.autoScalingGroupARN(), e.resources().get(0));
        assertTrue(e.resources().get(1).startsWith("arn:aws:ec2:us-east-1:" + ACCOUNT + ":instance/i-"));
        JsonNode d = e.detail();
        assertEquals("EC2", d.get("Origin").asText());
        assertEquals("AutoScalingGroup", d.get("Destination").asText());
        assertEquals("InProgress", d.get("StatusCode").asText());
        assertEquals("us-east-1a", d.get("Details").get("Availability Zone").asText());
        assertEquals("subnet-a", d.get("Details").get("Subnet ID").asText());
        assertEquals("2026-12-01T10:00:00.000Z", d.get("StartTime").asText());
    }

    @Test
    void aGroupLargerThanOneBatchGoesOnLaunchingUntilItIsFull() throws InterruptedException {
        launchConfiguration("lc", "ami-1");
        group("big", 0, 2000, Scaler.LAUNCH_BATCH * 2 + 1);
        advance(0);
        assertEquals(Scaler.LAUNCH_BATCH * 2 + 1, describe("big").instances().size(), "each batch is followed by the next, not left for another request");
    }

    @Test
    void sizesAndLaunchSourcesAreCheckedWithAwsMessages() {
        launchConfiguration("lc", "ami-1");
        assertEquals("Max bound, 1, must be greater than or equal to min bound, 2", refused(() -> group("g", 2, 1, 2)).getMessage());
        assertEquals("Desired capacity:5 must be between the specified min size:1 and max size:3", refused(() -> group("g", 1, 3, 5)).getMessage());
        assertEquals("ValidationError", refused(() -> group("g", -1, 3, -1)).code(), "a group cannot want fewer than no instances");
        assertEquals("Launch configuration name not found - Launch configuration nope not found",
                refused(() -> group("g", 0, 1, 0, "LaunchConfigurationName", "nope")).getMessage());
        assertEquals("Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.",
                refused(() -> group("g", 0, 1, 0, "LaunchConfigurationName", "lc", "LaunchTemplate", Map.of("LaunchTemplateId", "lt-0123"))).getMessage());
        assertEquals("The subnet ID 'subnet-x' does not exist", refused(() -> group("g", 0, 1, 0, "VPCZoneIdentifier", "subnet-a,subnet-x")).getMessage());
        assertTrue(refused(() -> group("g", 0, 1, 0, "LaunchTemplate", Map.of("LaunchTemplateName", "nope"))).getMessage()
                .contains("The specified launch template, with template name nope, does not exist."));
        group("g", 0, 1, 0);
        AwsException exists = refused(() -> group("g", 0, 1, 0));
        assertEquals("AlreadyExistsFault", exists.code());
        assertEquals("AutoScalingGroup by this name already exists - A group with the name g already exists", exists.getMessage());
        AwsException inUse = refused(() -> asg.deleteLaunchConfiguration(ctx, new LaunchConfigurationNameType("lc")));
        assertEquals("ResourceInUseFault", inUse.code());
        assertEquals("Cannot delete launch configuration lc because it is attached to AutoScalingGroup g", inUse.getMessage());
        assertEquals("New SetDesiredCapacity value 2 is above max value 1 for the AutoScalingGroup.",
                refused(() -> asg.setDesiredCapacity(ctx, new SetDesiredCapacityType("g", 2, null))).getMessage());
        assertEquals("AutoScalingGroup name not found - null",
                refused(() -> asg.setDesiredCapacity(ctx, new SetDesiredCapacityType("nope", 0, null))).getMessage());
        assertEquals("AutoScalingGroup name not found - AutoScalingGroup 'nope' not found",
                refused(() -> asg.deleteAutoScalingGroup(ctx, new DeleteAutoScalingGroupType("nope", null))).getMessage());
    }

    @Test
    void aLaunchTemplateGroupInSubnetsLaunchesFromTheTemplateAndAMixedPolicyMayGiveOnlyItsTemplate() {
        group("lt", 0, 2, 1, "LaunchTemplate", Map.of("LaunchTemplateName", "web", "Version", "$Latest"), "VPCZoneIdentifier", "subnet-b,subnet-c");
        AutoScalingGroup g = describe("lt");
        assertEquals(new LaunchTemplateSpecification("lt-0123", "web", "$Latest"), g.launchTemplate());
        assertEquals(List.of("us-east-1b", "us-east-1c"), g.availabilityZones());
        assertEquals("subnet-b", ec2.launches.getFirst().launch().subnetId());
        assertEquals("$Latest", ec2.launches.getFirst().launch().template().version());
        group("mixed", 0, 2, 1, "MixedInstancesPolicy", Map.of("LaunchTemplate", Map.of("LaunchTemplateSpecification", Map.of("LaunchTemplateId", "lt-0123"),
                "Overrides", List.of(Map.of("InstanceType", "m5.large")))));
        assertEquals("m5.large", ec2.launches.getLast().launch().instanceTypeOverride());
    }

    @Test
    void scaleInTerminatesFromTheBusiestZoneSparesProtectedInstancesAndReportsTheTermination() {
        launchConfiguration("lc", "ami-1");
        group("web", 0, 5, 3);
        ec2.settle(store);
        asg.putNotificationConfiguration(ctx, new PutNotificationConfigurationType("web", TOPIC, List.of(Notices.TERMINATE)));
        JsonNode test = delivered(TOPIC).getFirst();
        assertEquals("autoscaling:TEST_NOTIFICATION", test.get("Event").asText());
        assertEquals("web", test.get("AutoScalingGroupName").asText());
        String protectedId = describe("web").instances().getFirst().instanceId();
        asg.setInstanceProtection(ctx, req(SetInstanceProtectionQuery.class, "InstanceIds", List.of(protectedId), "AutoScalingGroupName", "web",
                "ProtectedFromScaleIn", true));
        asg.setDesiredCapacity(ctx, new SetDesiredCapacityType("web", 1, null));
        assertEquals(List.of("InService", "Terminating", "Terminating"), states("web"));
        ec2.settle(store);
        AutoScalingGroup g = describe("web");
        assertEquals(List.of(protectedId), g.instances().stream().map(Instance::instanceId).toList());
        Activity last = activities("web").getFirst();
        assertEquals("Successful", last.statusCode());
        assertTrue(last.cause().startsWith("At 2026-12-01T10:00:00Z a user request explicitly set group desired capacity changing the desired capacity from 3 to 1.  "
                + "At 2026-12-01T10:00:00Z an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from 3 to 1.  "
                + "At 2026-12-01T10:00:00Z instance i-"), last.cause());
        List<JsonNode> sent = delivered(TOPIC);
        assertEquals(3, sent.size(), "the test notification, then two terminations");
        JsonNode n = sent.get(1);
        assertEquals("autoscaling:EC2_INSTANCE_TERMINATE", n.get("Event").asText());
        assertEquals("AWS Auto Scaling", n.get("Service").asText());
        assertEquals(ACCOUNT, n.get("AccountId").asText());
        assertEquals(g.autoScalingGroupARN(), n.get("AutoScalingGroupARN").asText());
        assertTrue(n.get("Description").asText().startsWith("Terminating EC2 instance: i-"));
        assertTrue(n.has("Details") && n.has("Cause") && n.has("RequestId") && n.has("ActivityId") && n.has("StartTime") && n.has("EndTime")
                && n.has("Time") && n.has("EC2InstanceId") && n.has("StatusCode") && n.has("StatusMessage") && n.has("Progress"), n.toString());
        assertEquals(2, events.stream().filter(e -> e.detailType().equals("EC2 Instance Terminate Successful")).count());
        assertEquals(List.of("Auto Scaling: test notification for group \"web\"", "Auto Scaling: termination for group \"web\"",
                "Auto Scaling: termination for group \"web\""), subjects(TOPIC));
        assertEquals(List.of(new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT)),
                deliveries(TOPIC).stream().map(Delivery::caller).distinct().toList(), "delivered as the group's account, for its topic's policy");
        assertEquals(List.of(g.autoScalingGroupARN()), deliveries(TOPIC).stream().map(Delivery::source).distinct().toList());
    }

    @Test
    void anInstanceStoppedOutsideTheGroupIsMarkedUnhealthyAndReplaced() throws Exception {
        launchConfiguration("lc", "ami-1");
        group("web", 1, 3, 2);
        ec2.settle(store);
        String victim = describe("web").instances().getFirst().instanceId();
        ec2.outside(store, victim, "stopped");
        advance(0);
        ec2.settle(store);
        AutoScalingGroup g = describe("web");
        assertEquals(2, g.instances().size());
        assertTrue(g.instances().stream().noneMatch(i -> i.instanceId().equals(victim)));
        assertEquals(List.of("InService", "InService"), states("web"));
        List<Activity> acts = activities("web");
        assertTrue(acts.stream().anyMatch(a -> a.cause().endsWith("an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped.")
                && a.description().equals("Terminating EC2 instance: " + victim)), acts.toString());
    }

    @Test
    void terminateInstanceWithDecrementLowersTheDesiredCapacityAndWithoutItIsReplaced() {
        launchConfiguration("lc", "ami-1");
        group("web", 1, 3, 2);
        ec2.settle(store);
        List<String> ids = describe("web").instances().stream().map(Instance::instanceId).toList();
        Activity a = asg.terminateInstanceInAutoScalingGroup(ctx, new TerminateInstanceInAutoScalingGroupType(ids.get(0), true)).activity();
        assertEquals("At 2026-12-01T10:00:00Z instance " + ids.get(0) + " was taken out of service in response to a user request, shrinking the capacity from 2 to 1.",
                a.cause());
        assertEquals(1, describe("web").desiredCapacity());
        assertEquals("Currently, desiredCapacity (1) is equal to minSize (1). Terminating instance without replacement will violate group's min size constraint. "
                + "Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.",
                refused(() -> asg.terminateInstanceInAutoScalingGroup(ctx, new TerminateInstanceInAutoScalingGroupType(ids.get(1), true))).getMessage());
        asg.terminateInstanceInAutoScalingGroup(ctx, new TerminateInstanceInAutoScalingGroupType(ids.get(1), false));
        ec2.settle(store);
        assertEquals(List.of("InService"), states("web"));
        assertEquals("Instance Id not found - No managed instance found for instance ID: i-nope",
                refused(() -> asg.terminateInstanceInAutoScalingGroup(ctx, new TerminateInstanceInAutoScalingGroupType("i-nope", false))).getMessage());
    }

    @Test
    void aLaunchHookHoldsInstancesInPendingWaitUntilCompletedAndItsTimeoutAbandonsThem() throws Exception {
        launchConfiguration("lc", "ami-1");
        group("web", 0, 3, 0);
        String queue = "arn:aws:sqs:us-east-1:" + ACCOUNT + ":hooks";
        asg.putLifecycleHook(ctx, new PutLifecycleHookType("boot", "web", LifecycleHooks.LAUNCHING, "arn:aws:iam::" + ACCOUNT + ":role/hooks", queue,
                "hello", 60, "ABANDON"));
        assertEquals("autoscaling:TEST_NOTIFICATION", delivered(queue).getFirst().get("Event").asText());
        asg.setDesiredCapacity(ctx, new SetDesiredCapacityType("web", 2, null));
        ec2.settle(store);
        assertEquals(List.of("Pending:Wait", "Pending:Wait"), states("web"));
        ServiceEvents.Event hook = events.stream().filter(e -> e.detailType().equals("EC2 Instance-launch Lifecycle Action")).findFirst().orElseThrow();
        assertEquals("boot", hook.detail().get("LifecycleHookName").asText());
        assertEquals("hello", hook.detail().get("NotificationMetadata").asText());
        JsonNode message = delivered(queue).get(1);
        assertEquals("autoscaling:EC2_INSTANCE_LAUNCHING", message.get("LifecycleTransition").asText());
        String token = message.get("LifecycleActionToken").asText();
        String first = message.get("EC2InstanceId").asText();
        asg.completeLifecycleAction(ctx, new CompleteLifecycleActionType("boot", "web", token, "CONTINUE", null));
        assertEquals("InService", describe("web").instances().stream().filter(i -> i.instanceId().equals(first)).findFirst().orElseThrow().lifecycleState());
        assertEquals("No active Lifecycle Action found with token " + token,
                refused(() -> asg.completeLifecycleAction(ctx, new CompleteLifecycleActionType("boot", "web", token, "CONTINUE", null))).getMessage());
        advance(30_000);
        asg.recordLifecycleActionHeartbeat(ctx, new RecordLifecycleActionHeartbeatType("boot", "web", null,
                describe("web").instances().stream().filter(i -> i.lifecycleState().equals("Pending:Wait")).findFirst().orElseThrow().instanceId()));
        advance(45_000);
        assertTrue(states("web").contains("Pending:Wait"), "the heartbeat gave it another 60 s");
        advance(20_000);
        ec2.settle(store);
        List<Activity> acts = activities("web");
        assertTrue(acts.stream().anyMatch(a -> a.statusCode().equals("Cancelled")), acts.toString());
        assertTrue(states("web").contains("Pending:Wait"), "the abandoned instance is replaced, and its replacement waits on the hook");
    }

    @Test
    void aTerminateHookHoldsTheInstanceUntilCompleted() {
        launchConfiguration("lc", "ami-1");
        group("web", 0, 3, 1);
        ec2.settle(store);
        asg.putLifecycleHook(ctx, new PutLifecycleHookType("drain", "web", LifecycleHooks.TERMINATING, null, null, null, null, null));
        String id = describe("web").instances().getFirst().instanceId();
        asg.setDesiredCapacity(ctx, new SetDesiredCapacityType("web", 0, null));
        assertEquals(List.of("Terminating:Wait"), states("web"));
        assertEquals("running", ec2.instances.get(id).state());
        asg.completeLifecycleAction(ctx, new CompleteLifecycleActionType("drain", "web", null, "CONTINUE", id));
        assertEquals("shutting-down", ec2.instances.get(id).state());
        ec2.settle(store);
        assertEquals(List.of(), states("web"));
    }

    @Test
    void anInstanceEc2StartsAtOnceIsInServiceAtOnce() {
        ec2.startsAtOnce = true;
        launchConfiguration("lc", "ami-1");
        group("quick", 0, 2, 2);
        assertEquals(List.of("InService", "InService"), states("quick"));
        assertEquals(2, events.stream().filter(e -> e.detailType().equals("EC2 Instance Launch Successful")).count());
    }

    @Test
    void aTerminationEc2RefusesFailsWithTerminateErrorNoticesAndTheInstanceStays() {
        launchConfiguration("lc", "ami-1");
        group("web", 0, 2, 1);
        ec2.settle(store);
        asg.putNotificationConfiguration(ctx, new PutNotificationConfigurationType("web", TOPIC, List.of(Notices.TERMINATE_ERROR)));
        String id = describe("web").instances().getFirst().instanceId();
        ec2.refusesTermination.add(id);
        asg.setDesiredCapacity(ctx, new SetDesiredCapacityType("web", 0, null));
        assertEquals(List.of("InService"), states("web"));
        Activity a = activities("web").getFirst();
        assertEquals("Failed", a.statusCode());
        assertEquals("The instance '" + id + "' may not be terminated.", a.statusMessage());
        assertEquals("autoscaling:EC2_INSTANCE_TERMINATE_ERROR", delivered(TOPIC).getLast().get("Event").asText());
        assertEquals("Auto Scaling: failed termination for group \"web\"", subjects(TOPIC).getLast());
        assertEquals("EC2 Instance Terminate Unsuccessful", events.getLast().detailType());
    }

    @Test
    void aRefusedLaunchIsTriedAgainLaterWithABackoff() throws Exception {
        launchConfiguration("bad", "ami-missing");
        group("retry", 0, 1, 1, "LaunchConfigurationName", "bad");
        assertEquals(1, activities("retry").size());
        advance(9_000);
        assertEquals(1, activities("retry").size());
        advance(1_000);
        assertEquals(2, activities("retry").size(), "tried again ten seconds later");
        advance(19_000);
        assertEquals(2, activities("retry").size());
        advance(1_000);
        assertEquals(3, activities("retry").size(), "then twenty seconds later");
        asg.setDesiredCapacity(ctx, new SetDesiredCapacityType("retry", 0, null));
        advance(600_000);
        assertEquals(3, activities("retry").size(), "nothing is missing any more");
    }

    @Test
    void aLaunchEc2RefusesIsAFailedActivityWithLaunchErrorNotices() {
        launchConfiguration("bad", "ami-missing");
        asg.createAutoScalingGroup(ctx, req(CreateAutoScalingGroupType.class, "AutoScalingGroupName", "bad", "LaunchConfigurationName", "bad", "MinSize", 0,
                "MaxSize", 1, "AvailabilityZones", List.of("us-east-1a")));
        asg.putNotificationConfiguration(ctx, new PutNotificationConfigurationType("bad", TOPIC, List.of(Notices.LAUNCH_ERROR)));
        asg.setDesiredCapacity(ctx, new SetDesiredCapacityType("bad", 1, null));
        Activity a = activities("bad").getFirst();
        assertEquals("Failed", a.statusCode());
        assertEquals("Launching a new EC2 instance.  Status Reason: The image id '[ami-missing]' does not exist. Launching EC2 instance failed.", a.description());
        assertEquals("autoscaling:EC2_INSTANCE_LAUNCH_ERROR", delivered(TOPIC).getLast().get("Event").asText());
        assertEquals("Failed", events.getLast().detail().get("StatusCode").asText());
        assertEquals("EC2 Instance Launch Unsuccessful", events.getLast().detailType());
    }

    @Test
    void deleteIsRefusedWhileInstancesRemainAndForceDeleteTerminatesThem() {
        launchConfiguration("lc", "ami-1");
        group("web", 1, 2, 2);
        ec2.settle(store);
        AwsException inUse = refused(() -> asg.deleteAutoScalingGroup(ctx, new DeleteAutoScalingGroupType("web", null)));
        assertEquals("ResourceInUseFault", inUse.code());
        asg.deleteAutoScalingGroup(ctx, new DeleteAutoScalingGroupType("web", true));
        assertEquals("Delete in progress", describe("web").status());
        assertEquals("ScalingActivityInProgressFault", refused(() -> asg.setDesiredCapacity(ctx, new SetDesiredCapacityType("web", 0, null))).code());
        ec2.settle(store);
        assertEquals(List.of(), asg.describeAutoScalingGroups(ctx, req(AutoScalingGroupNamesType.class)).autoScalingGroups());
        assertEquals(List.of("terminated", "terminated"), ec2.instances.values().stream().map(i -> i.state()).toList());
        asg.deleteLaunchConfiguration(ctx, new LaunchConfigurationNameType("lc"));
    }

    @Test
    void standbyDetachAndAttachMoveInstancesInAndOutOfTheCount() {
        launchConfiguration("lc", "ami-1");
        group("web", 0, 3, 2);
        ec2.settle(store);
        List<String> ids = describe("web").instances().stream().map(Instance::instanceId).toList();
        List<Activity> standby = asg.enterStandby(ctx, req(EnterStandbyQuery.class, "AutoScalingGroupName", "web", "InstanceIds", List.of(ids.get(0)),
                "ShouldDecrementDesiredCapacity", true)).activities();
        assertEquals("Moving EC2 instance to Standby: " + ids.get(0), standby.getFirst().description());
        assertEquals(1, describe("web").desiredCapacity());
        asg.exitStandby(ctx, req(ExitStandbyQuery.class, "AutoScalingGroupName", "web", "InstanceIds", List.of(ids.get(0))));
        assertEquals(2, describe("web").desiredCapacity());
        asg.detachInstances(ctx, req(DetachInstancesQuery.class, "AutoScalingGroupName", "web", "InstanceIds", List.of(ids.get(1)),
                "ShouldDecrementDesiredCapacity", true));
        assertEquals(List.of(ids.get(0)), describe("web").instances().stream().map(Instance::instanceId).toList());
        assertEquals("running", ec2.instances.get(ids.get(1)).state());
        asg.attachInstances(ctx, req(AttachInstancesQuery.class, "AutoScalingGroupName", "web", "InstanceIds", List.of(ids.get(1))));
        assertEquals(2, describe("web").desiredCapacity());
        assertEquals(List.of("InService", "InService"), states("web"));
        assertEquals("The instance i-nope is not part of Auto Scaling group web.",
                refused(() -> asg.detachInstances(ctx, req(DetachInstancesQuery.class, "AutoScalingGroupName", "web", "InstanceIds", List.of("i-nope"),
                        "ShouldDecrementDesiredCapacity", false))).getMessage());
        List<AutoScalingInstanceDetails> details = asg.describeAutoScalingInstances(ctx, req(DescribeAutoScalingInstancesType.class)).autoScalingInstances();
        assertEquals(List.of("InService", "InService"), details.stream().map(AutoScalingInstanceDetails::lifecycleState).toList());
        assertEquals(List.of("HEALTHY", "HEALTHY"), details.stream().map(AutoScalingInstanceDetails::healthStatus).toList(), "as AWS's CLI examples show it");
    }

    @Test
    void policiesChangeTheDesiredCapacityWhenExecuted() {
        launchConfiguration("lc", "ami-1");
        group("web", 1, 10, 2);
        asg.putScalingPolicy(ctx, req(PutScalingPolicyType.class, "AutoScalingGroupName", "web", "PolicyName", "out", "AdjustmentType", "ChangeInCapacity",
                "ScalingAdjustment", 3, "Cooldown", 60));
        String stepArn = asg.putScalingPolicy(ctx, req(PutScalingPolicyType.class, "AutoScalingGroupName", "web", "PolicyName", "steps", "PolicyType", "StepScaling",
                "AdjustmentType", "ExactCapacity", "StepAdjustments", List.of(Map.of("MetricIntervalUpperBound", 10.0, "ScalingAdjustment", 4),
                        Map.of("MetricIntervalLowerBound", 10.0, "ScalingAdjustment", 8)))).policyARN();
        assertTrue(stepArn.endsWith(":autoScalingGroupName/web:policyName/steps"), stepArn);
        asg.executePolicy(ctx, new ExecutePolicyType("web", "out", true, null, null));
        assertEquals(5, describe("web").desiredCapacity());
        assertEquals("ScalingActivityInProgressFault", refused(() -> asg.executePolicy(ctx, new ExecutePolicyType("web", "out", true, null, null))).code());
        assertEquals("MetricValue and BreachThreshold are required for StepScaling policies.",
                refused(() -> asg.executePolicy(ctx, new ExecutePolicyType("web", "steps", null, null, null))).getMessage());
        asg.executePolicy(ctx, new ExecutePolicyType(null, stepArn, null, 95.0, 80.0));
        assertEquals(8, describe("web").desiredCapacity());
        assertTrue(activities("web").getFirst().cause().startsWith("At 2026-12-01T10:00:00Z a user request executed policy steps changing the desired capacity from 5 to 8."));
        assertEquals(2, asg.describePolicies(ctx, req(DescribePoliciesType.class, "AutoScalingGroupName", "web")).scalingPolicies().size());
        asg.deletePolicy(ctx, new DeletePolicyType("web", "out"));
        assertEquals("AdjustmentType is required for SimpleScaling policy type.",
                refused(() -> asg.putScalingPolicy(ctx, req(PutScalingPolicyType.class, "AutoScalingGroupName", "web", "PolicyName", "x",
                        "ScalingAdjustment", 1))).getMessage());
        assertEquals(3, ScalingPolicies.capacity(2, "PercentChangeInCapacity", 10, null), "a percentage under one instance moves one");
        assertEquals(12, ScalingPolicies.capacity(10, "PercentChangeInCapacity", 25, null), "2.5 is rounded down");
        assertEquals(8, ScalingPolicies.capacity(10, "PercentChangeInCapacity", -25, null), "-2.5 is rounded up, to -2");
        assertTrue(ScalingPolicies.capacity(10_000, "PercentChangeInCapacity", Integer.MAX_VALUE, null) > 10_000, "a huge percentage grows, never wraps");
        assertTrue(ScalingPolicies.capacity(10_000, "ChangeInCapacity", Integer.MAX_VALUE, null) > 10_000);
        assertTrue(ScalingPolicies.capacity(10, "ChangeInCapacity", Integer.MIN_VALUE, null) < 0);
    }

    @Test
    void targetTrackingPoliciesKeepTheirTwoAlarms() {
        launchConfiguration("lc", "ami-1");
        group("web", 1, 10, 2);
        PolicyARNType made = asg.putScalingPolicy(ctx, req(PutScalingPolicyType.class, "AutoScalingGroupName", "web", "PolicyName", "cpu50",
                "PolicyType", "TargetTrackingScaling", "TargetTrackingConfiguration", Map.of("TargetValue", 50.0,
                        "PredefinedMetricSpecification", Map.of("PredefinedMetricType", "ASGAverageCPUUtilization"))));
        assertEquals(2, made.alarms().size());
        Alarms.MetricAlarm high = alarms.get(made.alarms().get(0).alarmName());
        Alarms.MetricAlarm low = alarms.get(made.alarms().get(1).alarmName());
        assertTrue(high.name().matches("TargetTracking-web-AlarmHigh-[0-9a-f-]{36}"), high.name());
        assertTrue(low.name().matches("TargetTracking-web-AlarmLow-[0-9a-f-]{36}"), low.name());
        assertEquals(List.of("AWS/EC2", "CPUUtilization", "Average", Map.of("AutoScalingGroupName", "web"), 60, 3, 3, 50.0, "GreaterThanThreshold"),
                List.of(high.namespace(), high.metricName(), high.statistic(), high.dimensions(), high.period(), high.evaluationPeriods(),
                        high.datapointsToAlarm(), high.threshold(), high.comparisonOperator()));
        assertEquals(List.of(15, 15, 45.0, "LessThanThreshold"), List.of(low.evaluationPeriods(), low.datapointsToAlarm(), low.threshold(),
                low.comparisonOperator()));
        assertEquals(List.of(made.policyARN()), high.alarmActions());
        assertEquals("DO NOT EDIT OR DELETE. For TargetTrackingScaling policy " + made.policyARN() + ".", high.description());
        assertEquals(made.alarms(), asg.describePolicies(ctx, req(DescribePoliciesType.class, "AutoScalingGroupName", "web")).scalingPolicies()
                .getFirst().alarms());
        asg.putScalingPolicy(ctx, req(PutScalingPolicyType.class, "AutoScalingGroupName", "web", "PolicyName", "cpu50",
                "PolicyType", "TargetTrackingScaling", "TargetTrackingConfiguration", Map.of("TargetValue", 50.0, "DisableScaleIn", true,
                        "CustomizedMetricSpecification", Map.of("MetricName", "Load", "Namespace", "App", "Statistic", "Maximum"))));
        assertEquals(1, alarms.size(), "a replaced policy's alarms go; with scale-in disabled there is no AlarmLow");
        assertEquals("App", alarms.values().iterator().next().namespace());
        asg.deletePolicy(ctx, new DeletePolicyType("web", "cpu50"));
        assertTrue(alarms.isEmpty());
        assertEquals(4, ScalingPolicies.tracked(2, 100.0, 50.0, false), "twice the target doubles the group");
        assertEquals(3, ScalingPolicies.tracked(2, 51.0, 50.0, false), "above the target by a little adds one");
        assertEquals(2, ScalingPolicies.tracked(4, 20.0, 50.0, true), "scale-in to what keeps the metric at the target");
        assertEquals(4, ScalingPolicies.tracked(4, 44.0, 50.0, true), "no scale-in that would take the metric above the target");
    }

    @Test
    void aRecurringScheduledActionFiresInItsTimeZone() throws Exception {
        launchConfiguration("lc", "ami-1");
        group("web", 0, 5, 0);
        asg.putScheduledUpdateGroupAction(ctx, req(PutScheduledUpdateGroupActionType.class, "AutoScalingGroupName", "web", "ScheduledActionName", "morning",
                "Recurrence", "0 9 * * *", "TimeZone", "Europe/Paris", "DesiredCapacity", 3));
        ScheduledUpdateGroupAction a = asg.describeScheduledActions(ctx, req(DescribeScheduledActionsType.class, "AutoScalingGroupName", "web"))
                .scheduledUpdateGroupActions().getFirst();
        assertEquals(Instant.parse("2026-12-02T08:00:00Z"), a.startTime(), "09:00 in Paris is 08:00 UTC in winter");
        advance(Instant.parse("2026-12-02T08:00:00Z").toEpochMilli() - clock.millis());
        assertEquals(3, describe("web").desiredCapacity());
        assertTrue(activities("web").getFirst().cause().startsWith("At 2026-12-02T08:00:00Z a scheduled action update of AutoScalingGroup constraints to min: 0, max: 5, desired: 3"));
        assertEquals(Instant.parse("2026-12-03T08:00:00Z"), asg.describeScheduledActions(ctx, req(DescribeScheduledActionsType.class))
                .scheduledUpdateGroupActions().getFirst().startTime());
        asg.putScheduledUpdateGroupAction(ctx, req(PutScheduledUpdateGroupActionType.class, "AutoScalingGroupName", "web", "ScheduledActionName", "once",
                "StartTime", Instant.parse("2026-12-02T12:00:00Z"), "MinSize", 1, "MaxSize", 2));
        advance(Instant.parse("2026-12-02T12:00:00Z").toEpochMilli() - clock.millis());
        assertEquals(2, describe("web").desiredCapacity(), "the desired capacity is brought within the new bounds");
        assertEquals(List.of("morning"), asg.describeScheduledActions(ctx, req(DescribeScheduledActionsType.class)).scheduledUpdateGroupActions().stream()
                .map(ScheduledUpdateGroupAction::scheduledActionName).toList(), "a one-time action is deleted once it ran");
        assertTrue(refused(() -> asg.putScheduledUpdateGroupAction(ctx, req(PutScheduledUpdateGroupActionType.class, "AutoScalingGroupName", "web",
                "ScheduledActionName", "bad", "Recurrence", "0 9 * *", "DesiredCapacity", 1))).getMessage().contains("is not a valid cron expression"));
        BatchPutScheduledUpdateGroupActionAnswer batch = asg.batchPutScheduledUpdateGroupAction(ctx, req(BatchPutScheduledUpdateGroupActionType.class,
                "AutoScalingGroupName", "web", "ScheduledUpdateGroupActions", List.of(Map.of("ScheduledActionName", "ok", "Recurrence", "*/5 * * * *",
                        "DesiredCapacity", 1), Map.of("ScheduledActionName", "bad", "DesiredCapacity", 1))));
        assertEquals(List.of("bad"), batch.failedScheduledUpdateGroupActions().stream().map(FailedScheduledUpdateGroupActionRequest::scheduledActionName).toList());
    }

    @Test
    void tagsAreDescribedWithFiltersAndGroupsFilteredByTag() {
        launchConfiguration("lc", "ami-1");
        group("a", 0, 1, 0);
        group("b", 0, 1, 0);
        asg.createOrUpdateTags(ctx, req(CreateOrUpdateTagsType.class, "Tags", List.of(Map.of("ResourceId", "a", "ResourceType", "auto-scaling-group", "Key", "Env",
                "Value", "prod", "PropagateAtLaunch", true), Map.of("ResourceId", "b", "ResourceType", "auto-scaling-group", "Key", "Env", "Value", "dev"))));
        List<TagDescription> prod = asg.describeTags(ctx, req(DescribeTagsType.class, "Filters", List.of(Map.of("Name", "value", "Values", List.of("prod")))))
                .tags();
        assertEquals(List.of(new TagDescription("a", "auto-scaling-group", "Env", "prod", true)), prod);
        assertEquals(List.of("b"), asg.describeAutoScalingGroups(ctx, req(AutoScalingGroupNamesType.class, "Filters",
                List.of(Map.of("Name", "tag:Env", "Values", List.of("dev"))))).autoScalingGroups().stream().map(AutoScalingGroup::autoScalingGroupName).toList());
        asg.deleteTags(ctx, req(DeleteTagsType.class, "Tags", List.of(Map.of("ResourceId", "a", "ResourceType", "auto-scaling-group", "Key", "Env"))));
        assertEquals(1, asg.describeTags(ctx, req(DescribeTagsType.class)).tags().size());
        assertEquals("Tag keys starting with 'aws:' are reserved for internal use", refused(() -> asg.createOrUpdateTags(ctx, req(CreateOrUpdateTagsType.class,
                "Tags", List.of(Map.of("ResourceId", "a", "Key", "aws:x", "Value", "y"))))).getMessage());
        AutoScalingGroupsType page = asg.describeAutoScalingGroups(ctx, req(AutoScalingGroupNamesType.class, "MaxRecords", 1));
        assertEquals("a", page.autoScalingGroups().getFirst().autoScalingGroupName());
        assertEquals("b", asg.describeAutoScalingGroups(ctx, req(AutoScalingGroupNamesType.class, "MaxRecords", 1, "NextToken", page.nextToken()))
                .autoScalingGroups().getFirst().autoScalingGroupName());
        assertEquals("InvalidNextToken", refused(() -> asg.describeAutoScalingGroups(ctx, req(AutoScalingGroupNamesType.class, "NextToken", "forged"))).code());
    }

    @Test
    void suspendedLaunchLeavesCapacityMissingUntilResumed() {
        launchConfiguration("lc", "ami-1");
        group("web", 0, 3, 0);
        asg.suspendProcesses(ctx, new ScalingProcessQuery("web", List.of("Launch")));
        asg.setDesiredCapacity(ctx, new SetDesiredCapacityType("web", 2, null));
        assertEquals(List.of(), states("web"));
        assertEquals("Launch", describe("web").suspendedProcesses().getFirst().processName());
        asg.resumeProcesses(ctx, new ScalingProcessQuery("web", null));
        assertEquals(2, states("web").size());
        assertTrue(refused(() -> asg.suspendProcesses(ctx, new ScalingProcessQuery("web", List.of("Nope")))).getMessage().startsWith("Process Nope is not a valid"));
    }

    @Test
    void aGroupCollectingMetricsPublishesWhatItEnabledEachMinuteByGroupName() {
        launchConfiguration("lc", "ami-1");
        group("web", 1, 5, 3);
        group("quiet", 0, 1, 0);
        long minute = 1_800_000_000_000L;
        store.write(tx -> {
            metrics.sample(tx, minute);
            return null;
        });
        assertEquals(List.of(), metrics.all(), "nothing is collected before EnableMetricsCollection");
        asg.enableMetricsCollection(ctx, req(EnableMetricsCollectionQuery.class, "AutoScalingGroupName", "web", "Granularity", "1Minute",
                "Metrics", List.of("GroupDesiredCapacity", "GroupPendingInstances", "GroupInServiceInstances", "GroupTotalCapacity")));
        store.write(tx -> {
            metrics.sample(tx, minute);
            return null;
        });
        Map<String, String> web = Map.of("AutoScalingGroupName", "web");
        assertEquals(List.of("GroupDesiredCapacity", "GroupInServiceInstances", "GroupPendingInstances", "GroupTotalCapacity"),
                metrics.names("AWS/AutoScaling"));
        assertEquals(3, metrics.sum("AWS/AutoScaling", "GroupDesiredCapacity", web));
        assertEquals(3, metrics.sum("AWS/AutoScaling", "GroupPendingInstances", web));
        assertEquals(0, metrics.sum("AWS/AutoScaling", "GroupInServiceInstances", web));
        assertEquals(3, metrics.sum("AWS/AutoScaling", "GroupTotalCapacity", web));
        var desired = metrics.of("AWS/AutoScaling", "GroupDesiredCapacity", web).getFirst();
        assertEquals("None", desired.unit());
        assertEquals(minute, desired.timestampMillis());
        ec2.settle(store);
        metrics.clear();
        asg.enableMetricsCollection(ctx, req(EnableMetricsCollectionQuery.class, "AutoScalingGroupName", "web", "Granularity", "1Minute"));
        store.write(tx -> {
            metrics.sample(tx, minute + 60_000);
            return null;
        });
        assertEquals(3, metrics.sum("AWS/AutoScaling", "GroupInServiceInstances", web));
        assertEquals(5, metrics.sum("AWS/AutoScaling", "GroupMaxSize", web));
        assertEquals(0, metrics.sum("AWS/AutoScaling", "WarmPoolTotalCapacity", web));
        assertEquals(AutoScalingService.METRICS.size(), metrics.names("AWS/AutoScaling").size(), "no Metrics: all of them");
    }

    @Test
    void aLaunchConfigurationLaunchesWithDetailedMonitoringUnlessItsInstanceMonitoringIsOff() {
        launchConfiguration("detailed", "ami-1");
        asg.createLaunchConfiguration(ctx, req(CreateLaunchConfigurationType.class, "LaunchConfigurationName", "basic", "ImageId", "ami-1",
                "InstanceType", "t3.micro", "InstanceMonitoring", Map.of("Enabled", false)));
        group("a", 0, 1, 1, "LaunchConfigurationName", "detailed");
        group("b", 0, 1, 1, "LaunchConfigurationName", "basic");
        assertEquals(List.of(true, false), ec2.launches.stream().map(l -> l.launch().configuration().detailedMonitoring()).toList());
    }
}
