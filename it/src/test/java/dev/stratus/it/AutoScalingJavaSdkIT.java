package dev.stratus.it;

import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.Activity;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingException;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.autoscaling.model.Instance;
import software.amazon.awssdk.services.autoscaling.model.LifecycleState;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Auto Scaling through the AWS SDK for Java v2 (awsQuery), over Stratus's simulated EC2 on a clock
 * the test moves: groups launch and balance instances that reach InService, SNS notifications and
 * EventBridge events in AWS's JSON reach an SQS queue, lifecycle hooks hold instances until
 * completed, scale in and TerminateInstanceInAutoScalingGroup, scheduled actions, and AWS's errors
 * for bad input (ValidationError, AlreadyExists, ResourceInUse).
 */
class AutoScalingJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static AutoScalingClient asg;
    static SqsClient sqs;
    static SnsClient sns;
    static EventBridgeClient events;
    static TestQueues queues;
    static String image;

    @BeforeAll
    static void clients() throws Exception {
        asg = Clients.autoScaling(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        sns = Clients.sns(STRATUS.endpoint());
        events = Clients.events(STRATUS.endpoint());
        queues = new TestQueues(sqs);
        image = amazonLinux();
    }

    @AfterAll
    static void close() {
        asg.close();
        sqs.close();
        sns.close();
        events.close();
    }

    /** A built-in image of Stratus's EC2, found as a user finds one: DescribeImages by owner and name. */
    static String amazonLinux() throws Exception {
        String form = "Action=DescribeImages&Version=2016-11-15&Owner.1=amazon&Filter.1.Name=name&Filter.1.Value.1=al2023-ami-2023*-x86_64";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(STRATUS.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261206/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("<imageId>(ami-[0-9a-f]+)</imageId>").matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Moves the clock on in steps until {@code done} holds, as EC2's transitions and Auto Scaling's timers take time. */
    static void eventually(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (done.getAsBoolean()) {
                return;
            }
            STRATUS.advance(Duration.ofSeconds(5));
            Thread.sleep(20);
        }
        assertTrue(done.getAsBoolean(), "the condition held within 1000 simulated seconds");
    }

    static AutoScalingGroup group(String name) {
        return asg.describeAutoScalingGroups(b -> b.autoScalingGroupNames(name)).autoScalingGroups().getFirst();
    }

    static boolean allInService(String name, int count) {
        List<Instance> in = group(name).instances();
        return in.size() == count && in.stream().allMatch(i -> i.lifecycleState() == LifecycleState.IN_SERVICE);
    }

    static String launchConfiguration() {
        String name = unique("lc");
        asg.createLaunchConfiguration(b -> b.launchConfigurationName(name).imageId(image).instanceType("t3.micro"));
        return name;
    }

    static List<JsonNode> drain(TestQueues.Queue q) {
        List<JsonNode> out = new ArrayList<>();
        for (List<Message> got = sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10)).messages(); !got.isEmpty();
             got = sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10)).messages()) {
            for (Message m : got) {
                out.add(json(m.body()));
                sqs.deleteMessage(b -> b.queueUrl(q.url()).receiptHandle(m.receiptHandle()));
            }
        }
        return out;
    }

    static AutoScalingException refused(Runnable call) {
        return assertThrows(AutoScalingException.class, call::run);
    }

    @Test
    void aGroupLaunchesBalancedInstancesThatReachInServiceAndNotifiesSnsAndEventBridge() throws Exception {
        String lc = launchConfiguration();
        String name = unique("web");
        String topic = sns.createTopic(b -> b.name(unique("asg-news"))).topicArn();
        TestQueues.Queue notices = queues.createFor("sns.amazonaws.com", "asg-notices", Map.of());
        sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(notices.arn()));
        TestQueues.Queue bus = queues.createFor("events.amazonaws.com", "asg-events", Map.of());
        String rule = unique("asg-launches");
        events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"aws.autoscaling\"],\"detail-type\":[\"EC2 Instance Launch Successful\"],"
                + "\"detail\":{\"AutoScalingGroupName\":[\"" + name + "\"]}}"));
        events.putTargets(b -> b.rule(rule).targets(t -> t.id("q").arn(bus.arn())));

        asg.createAutoScalingGroup(b -> b.autoScalingGroupName(name).launchConfigurationName(lc).minSize(0).maxSize(4).desiredCapacity(0)
                .availabilityZones("us-east-1a", "us-east-1b", "us-east-1c")
                .tags(t -> t.key("Env").value("prod").propagateAtLaunch(true).resourceId(name).resourceType("auto-scaling-group")));
        asg.putNotificationConfiguration(b -> b.autoScalingGroupName(name).topicARN(topic)
                .notificationTypes("autoscaling:EC2_INSTANCE_LAUNCH", "autoscaling:EC2_INSTANCE_TERMINATE"));
        asg.updateAutoScalingGroup(b -> b.autoScalingGroupName(name).minSize(1).desiredCapacity(3));
        eventually(() -> allInService(name, 3));
        assertEquals(3, group(name).instances().stream().map(Instance::availabilityZone).distinct().count(), "one instance in each zone");

        List<Activity> launches = asg.describeScalingActivities(b -> b.autoScalingGroupName(name)).activities();
        assertEquals(3, launches.size());
        assertTrue(launches.stream().allMatch(a -> a.statusCodeAsString().equals("Successful") && a.description().startsWith("Launching a new EC2 instance: i-")));

        List<JsonNode> envelopes = new ArrayList<>();
        eventually(() -> {
            envelopes.addAll(drain(notices));
            return envelopes.size() >= 4;
        });
        List<JsonNode> sent = envelopes.stream().map(e -> json(e.get("Message").asText())).toList();
        assertEquals("autoscaling:TEST_NOTIFICATION", sent.getFirst().get("Event").asText());
        assertEquals("Auto Scaling: test notification for group \"" + name + "\"", envelopes.getFirst().get("Subject").asText());
        assertEquals("Auto Scaling: launch for group \"" + name + "\"", envelopes.get(1).get("Subject").asText());
        JsonNode launch = sent.stream().filter(n -> n.path("Event").asText().equals("autoscaling:EC2_INSTANCE_LAUNCH")).findFirst().orElseThrow();
        assertEquals(name, launch.get("AutoScalingGroupName").asText());
        assertEquals("AWS Auto Scaling", launch.get("Service").asText());
        assertTrue(launch.get("Details").has("Subnet ID") && launch.get("Details").has("Availability Zone"));
        assertTrue(launch.get("Cause").asText().contains("a user request update of AutoScalingGroup constraints to min: 1, max: 4, desired: 3 changing the desired capacity from 0 to 3."),
                launch.get("Cause").asText());

        List<JsonNode> onBus = new ArrayList<>();
        eventually(() -> {
            onBus.addAll(drain(bus));
            return onBus.size() >= 3;
        });
        JsonNode e = onBus.getFirst();
        assertEquals("aws.autoscaling", e.get("source").asText());
        assertEquals("EC2 Instance Launch Successful", e.get("detail-type").asText());
        assertEquals(group(name).autoScalingGroupARN(), e.get("resources").get(0).asText());
        assertEquals("EC2", e.get("detail").get("Origin").asText());
        assertEquals("AutoScalingGroup", e.get("detail").get("Destination").asText());

        asg.setDesiredCapacity(b -> b.autoScalingGroupName(name).desiredCapacity(1));
        eventually(() -> allInService(name, 1));
        eventually(() -> drain(notices).stream().anyMatch(n -> n.path("Subject").asText().equals("Auto Scaling: termination for group \"" + name + "\"")
                && json(n.get("Message").asText()).path("Event").asText().equals("autoscaling:EC2_INSTANCE_TERMINATE")));

        AutoScalingException inUse = refused(() -> asg.deleteAutoScalingGroup(b -> b.autoScalingGroupName(name)));
        assertEquals("ResourceInUse", inUse.awsErrorDetails().errorCode());
        asg.deleteAutoScalingGroup(b -> b.autoScalingGroupName(name).forceDelete(true));
        eventually(() -> asg.describeAutoScalingGroups(b -> b.autoScalingGroupNames(name)).autoScalingGroups().isEmpty());
        asg.deleteLaunchConfiguration(b -> b.launchConfigurationName(lc));
    }

    @Test
    void aLaunchHookHoldsTheInstanceUntilCompletedThroughItsQueueMessage() throws Exception {
        String lc = launchConfiguration();
        String name = unique("hooked");
        TestQueues.Queue hookQueue = queues.create("asg-hooks", Map.of());
        asg.createAutoScalingGroup(b -> b.autoScalingGroupName(name).launchConfigurationName(lc).minSize(0).maxSize(2).desiredCapacity(0)
                .availabilityZones("us-east-1a"));
        asg.putLifecycleHook(b -> b.autoScalingGroupName(name).lifecycleHookName("boot").lifecycleTransition("autoscaling:EC2_INSTANCE_LAUNCHING")
                .notificationTargetARN(hookQueue.arn()).roleARN("arn:aws:iam::000000000000:role/asg-hooks").heartbeatTimeout(300));
        asg.setDesiredCapacity(b -> b.autoScalingGroupName(name).desiredCapacity(1));
        eventually(() -> group(name).instances().stream().anyMatch(i -> i.lifecycleState() == LifecycleState.PENDING_WAIT));
        List<JsonNode> messages = new ArrayList<>();
        eventually(() -> {
            messages.addAll(drain(hookQueue));
            return messages.size() >= 2;
        });
        assertEquals("autoscaling:TEST_NOTIFICATION", messages.get(0).get("Event").asText());
        JsonNode action = messages.get(1);
        assertEquals("autoscaling:EC2_INSTANCE_LAUNCHING", action.get("LifecycleTransition").asText());
        asg.completeLifecycleAction(b -> b.autoScalingGroupName(name).lifecycleHookName("boot").lifecycleActionToken(action.get("LifecycleActionToken").asText())
                .lifecycleActionResult("CONTINUE"));
        assertTrue(allInService(name, 1));
        asg.deleteAutoScalingGroup(b -> b.autoScalingGroupName(name).forceDelete(true));
    }

    @Test
    void terminatingAnInstanceWithoutDecrementReplacesItAndAScheduledActionScalesTheGroup() throws Exception {
        String lc = launchConfiguration();
        String name = unique("sched");
        asg.createAutoScalingGroup(b -> b.autoScalingGroupName(name).launchConfigurationName(lc).minSize(1).maxSize(3).desiredCapacity(1)
                .availabilityZones("us-east-1a", "us-east-1b"));
        eventually(() -> allInService(name, 1));
        String first = group(name).instances().getFirst().instanceId();
        Activity a = asg.terminateInstanceInAutoScalingGroup(b -> b.instanceId(first).shouldDecrementDesiredCapacity(false)).activity();
        assertTrue(a.cause().endsWith("instance " + first + " was taken out of service in response to a user request."), a.cause());
        eventually(() -> allInService(name, 1) && !group(name).instances().getFirst().instanceId().equals(first));

        asg.putScheduledUpdateGroupAction(b -> b.autoScalingGroupName(name).scheduledActionName("grow").recurrence("*/10 * * * *").desiredCapacity(3));
        eventually(() -> group(name).desiredCapacity() == 3);
        eventually(() -> allInService(name, 3));
        asg.deleteAutoScalingGroup(b -> b.autoScalingGroupName(name).forceDelete(true));
    }

    @Test
    void badInputGetsAwsErrors() {
        String lc = launchConfiguration();
        AutoScalingException exists = refused(() -> asg.createLaunchConfiguration(b -> b.launchConfigurationName(lc).imageId(image).instanceType("t3.micro")));
        assertEquals("AlreadyExists", exists.awsErrorDetails().errorCode());
        AutoScalingException bounds = refused(() -> asg.createAutoScalingGroup(b -> b.autoScalingGroupName(unique("g")).launchConfigurationName(lc)
                .minSize(2).maxSize(1).availabilityZones("us-east-1a")));
        assertEquals("ValidationError", bounds.awsErrorDetails().errorCode());
        assertEquals("Max bound, 1, must be greater than or equal to min bound, 2", bounds.awsErrorDetails().errorMessage());
        assertEquals(400, bounds.statusCode());
        assertEquals("At least one Availability Zone or VPC Subnet is required.", refused(() -> asg.createAutoScalingGroup(b -> b
                .autoScalingGroupName(unique("g")).launchConfigurationName(lc).minSize(0).maxSize(1))).awsErrorDetails().errorMessage());
        assertEquals("ValidationError", refused(() -> asg.setDesiredCapacity(b -> b.autoScalingGroupName("nope").desiredCapacity(1)))
                .awsErrorDetails().errorCode());
        assertEquals("ValidationError", refused(() -> asg.putScheduledUpdateGroupAction(b -> b.autoScalingGroupName("nope")
                .scheduledActionName("x").recurrence("* * * * *").desiredCapacity(1))).awsErrorDetails().errorCode());
        String g = unique("g");
        asg.createAutoScalingGroup(b -> b.autoScalingGroupName(g).launchConfigurationName(lc).minSize(0).maxSize(1).availabilityZones("us-east-1a"));
        assertEquals("ResourceInUse", refused(() -> asg.deleteLaunchConfiguration(b -> b.launchConfigurationName(lc))).awsErrorDetails().errorCode());
        assertEquals("ValidationError", refused(() -> asg.putScalingPolicy(b -> b.autoScalingGroupName(g).policyName("p").scalingAdjustment(1)))
                .awsErrorDetails().errorCode());
        assertEquals("ValidationError", refused(() -> asg.completeLifecycleAction(b -> b.autoScalingGroupName(g).lifecycleHookName("none")
                .instanceId("i-0123456789abcdef0").lifecycleActionResult("CONTINUE"))).awsErrorDetails().errorCode());
        assertEquals("InvalidNextToken", refused(() -> asg.describeAutoScalingGroups(b -> b.nextToken("forged"))).awsErrorDetails().errorCode());
        asg.deleteAutoScalingGroup(b -> b.autoScalingGroupName(g));
        asg.deleteLaunchConfiguration(b -> b.launchConfigurationName(lc));
        assertEquals(List.of("autoscaling:EC2_INSTANCE_LAUNCH", "autoscaling:EC2_INSTANCE_LAUNCH_ERROR", "autoscaling:EC2_INSTANCE_TERMINATE",
                "autoscaling:EC2_INSTANCE_TERMINATE_ERROR", "autoscaling:TEST_NOTIFICATION"), asg.describeAutoScalingNotificationTypes().autoScalingNotificationTypes());
    }
}
