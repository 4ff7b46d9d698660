package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.waiters.Ec2Waiter;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * EC2's instances through the AWS SDK for Java v2: RunInstances with tags and a launch template,
 * the state machine moved by Stratus's clock with its State-change Notifications reaching an SQS
 * queue through a rule, Start/Stop/Terminate answers, DescribeInstances filters and paging, the
 * SDK's waiters, status checks, attributes, instance types, and EC2's errors for bad input.
 */
class Ec2InstancesJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static Ec2Client ec2;
    static SqsClient sqs;
    static EventBridgeClient events;
    static String image;

    @BeforeAll
    static void clients() {
        ec2 = Clients.ec2(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        events = Clients.events(STRATUS.endpoint());
        image = ec2.describeImages(b -> b.owners("amazon").filters(f -> f.name("name").values("al2023-ami-2023*-x86_64"))).images().getFirst().imageId();
    }

    @AfterAll
    static void close() {
        ec2.close();
        sqs.close();
        events.close();
    }

    static RunInstancesRequest.Builder one() {
        return RunInstancesRequest.builder().imageId(image).instanceType(InstanceType.T3_MICRO).minCount(1).maxCount(1);
    }

    static Instance describe(String id) {
        return ec2.describeInstances(b -> b.instanceIds(id)).reservations().getFirst().instances().getFirst();
    }

    /** Moves Stratus's clock and waits for its timers to catch up. */
    static void advance(Duration d, BooleanSupplier until) throws InterruptedException {
        STRATUS.advance(d);
        for (int i = 0; i < 300 && !until.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
    }

    static BooleanSupplier in(String id, InstanceStateName state) {
        return () -> describe(id).state().name() == state;
    }

    static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    static String error(Runnable call) {
        Ec2Exception e = assertThrows(Ec2Exception.class, call::run);
        return e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
    }

    @Test
    void anInstanceGoesThroughItsStatesAndARuleDeliversEachStateChangeToAQueue() throws Exception {
        TestQueues.Queue q = new TestQueues(sqs).createFor("events.amazonaws.com", "ec2-states", Map.of());
        events.putRule(b -> b.name("ec2-states").eventPattern("{\"source\":[\"aws.ec2\"],\"detail-type\":[\"EC2 Instance State-change Notification\"]}"));
        events.putTargets(b -> b.rule("ec2-states").targets(Target.builder().id("q").arn(q.arn()).build()));

        RunInstancesResponse r = ec2.runInstances(one().tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                .tags(Tag.builder().key("Name").value("web").build()).build()).build());
        Instance launched = r.instances().getFirst();
        String id = launched.instanceId();
        assertEquals(InstanceStateName.PENDING, launched.state().name());
        assertEquals(0, launched.state().code());
        assertTrue(launched.privateIpAddress().startsWith("172.31."), launched.privateIpAddress());
        assertTrue(launched.privateDnsName().endsWith(".ec2.internal"), launched.privateDnsName());
        assertEquals(List.of(Tag.builder().key("Name").value("web").build()), launched.tags());
        assertFalse(launched.blockDeviceMappings().isEmpty());
        assertNotNull(launched.launchTime());

        advance(Duration.ofSeconds(5), in(id, InstanceStateName.RUNNING));
        Instance running = describe(id);
        assertEquals(16, running.state().code());
        assertNotNull(running.publicIpAddress());
        assertTrue(running.publicDnsName().matches("ec2-[0-9-]+\\.compute-1\\.amazonaws\\.com"), running.publicDnsName());

        InstanceStateChange stop = ec2.stopInstances(b -> b.instanceIds(id)).stoppingInstances().getFirst();
        assertEquals(InstanceStateName.STOPPING, stop.currentState().name());
        assertEquals(InstanceStateName.RUNNING, stop.previousState().name());
        assertEquals("Client.UserInitiatedShutdown", describe(id).stateReason().code());
        assertTrue(describe(id).stateTransitionReason().matches("User initiated \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d GMT\\)"));
        advance(Duration.ofSeconds(5), in(id, InstanceStateName.STOPPED));
        assertEquals(InstanceStateName.PENDING, ec2.startInstances(b -> b.instanceIds(id)).startingInstances().getFirst().currentState().name());
        advance(Duration.ofSeconds(5), in(id, InstanceStateName.RUNNING));
        InstanceStateChange end = ec2.terminateInstances(b -> b.instanceIds(id)).terminatingInstances().getFirst();
        assertEquals(32, end.currentState().code());
        advance(Duration.ofSeconds(5), in(id, InstanceStateName.TERMINATED));

        List<String> states = new ArrayList<>();
        long until = System.currentTimeMillis() + 20_000;
        while (states.size() < 8 && System.currentTimeMillis() < until) {
            for (Message m : sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                JsonNode event = TestJson.json(m.body());
                assertEquals("aws.ec2", event.get("source").asText());
                assertEquals("EC2 Instance State-change Notification", event.get("detail-type").asText());
                assertEquals("arn:aws:ec2:us-east-1:000000000000:instance/" + id, event.get("resources").get(0).asText());
                assertEquals(id, event.get("detail").get("instance-id").asText());
                states.add(event.get("detail").get("state").asText());
                sqs.deleteMessage(b -> b.queueUrl(q.url()).receiptHandle(m.receiptHandle()));
            }
        }
        // A standard queue keeps no order: one event per state entered, whatever order they arrive in.
        assertEquals(sorted(List.of("pending", "running", "stopping", "stopped", "pending", "running", "shutting-down", "terminated")), sorted(states));
    }

    @Test
    void theSdksWaitersSeeTheStatesTheyWaitFor() throws Exception {
        String id = ec2.runInstances(one().build()).instances().getFirst().instanceId();
        try (Ec2Waiter waiter = Ec2Waiter.builder().client(ec2)
                .overrideConfiguration(o -> o.backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(50))).maxAttempts(200)).build()) {
            waiter.waitUntilInstanceExists(b -> b.instanceIds(id));
            STRATUS.advance(Duration.ofSeconds(5));
            assertEquals(InstanceStateName.RUNNING, waiter.waitUntilInstanceRunning(b -> b.instanceIds(id)).matched().response().orElseThrow()
                    .reservations().getFirst().instances().getFirst().state().name());
            STRATUS.advance(Duration.ofSeconds(10));
            waiter.waitUntilInstanceStatusOk(b -> b.instanceIds(id));
            ec2.stopInstances(b -> b.instanceIds(id));
            STRATUS.advance(Duration.ofSeconds(5));
            waiter.waitUntilInstanceStopped(b -> b.instanceIds(id));
            ec2.terminateInstances(b -> b.instanceIds(id));
            STRATUS.advance(Duration.ofSeconds(5));
            waiter.waitUntilInstanceTerminated(b -> b.instanceIds(id));
        }
    }

    @Test
    void describeFiltersAndPages() {
        String batch = "b" + System.nanoTime();
        RunInstancesResponse r = ec2.runInstances(one().minCount(7).maxCount(7).tagSpecifications(TagSpecification.builder()
                .resourceType(ResourceType.INSTANCE).tags(Tag.builder().key("Batch").value(batch).build()).build()).build());
        assertEquals(7, r.instances().size());
        Filter byBatch = Filter.builder().name("tag:Batch").values(batch).build();
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            DescribeInstancesResponse page = ec2.describeInstances(b -> b.filters(byBatch).maxResults(5).nextToken(t));
            page.reservations().forEach(res -> res.instances().forEach(i -> seen.add(i.instanceId())));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(2, pages);
        assertEquals(r.instances().stream().map(Instance::instanceId).toList(), seen);
        assertEquals(7, ec2.describeInstancesPaginator(b -> b.filters(byBatch, Filter.builder().name("instance-state-name").values("pending").build()))
                .reservations().stream().mapToInt(res -> res.instances().size()).sum());
        String ip = r.instances().get(3).privateIpAddress();
        assertEquals(List.of(r.instances().get(3).instanceId()), ec2.describeInstances(b -> b.filters(Filter.builder().name("private-ip-address")
                .values(ip).build())).reservations().getFirst().instances().stream().map(Instance::instanceId).toList());
        assertEquals(r.reservationId(), ec2.describeInstances(b -> b.filters(byBatch)).reservations().getFirst().reservationId());
        assertTrue(ec2.describeInstances(b -> b.filters(Filter.builder().name("tag:Batch").values("nothing").build())).reservations().isEmpty());
    }

    @Test
    void launchTemplatesGiveWhatTheRequestLeavesOut() {
        String name = "web-" + System.nanoTime();
        var t = ec2.createLaunchTemplate(b -> b.launchTemplateName(name).launchTemplateData(d -> d.imageId(image).instanceType(InstanceType.T3_NANO)))
                .launchTemplate();
        ec2.createLaunchTemplateVersion(b -> b.launchTemplateId(t.launchTemplateId()).sourceVersion("1")
                .launchTemplateData(d -> d.instanceType(InstanceType.T3_SMALL)));
        Instance i = ec2.runInstances(b -> b.minCount(1).maxCount(1).launchTemplate(l -> l.launchTemplateName(name).version("$Latest")))
                .instances().getFirst();
        assertEquals(InstanceType.T3_SMALL, i.instanceType());
        assertTrue(i.tags().contains(Tag.builder().key("aws:ec2launchtemplate:id").value(t.launchTemplateId()).build()), i.tags().toString());
        assertTrue(i.tags().contains(Tag.builder().key("aws:ec2launchtemplate:version").value("2").build()), i.tags().toString());
        assertEquals(2, ec2.describeLaunchTemplateVersions(b -> b.launchTemplateId(t.launchTemplateId())).launchTemplateVersions().size());
        assertEquals("InvalidLaunchTemplateName.AlreadyExistsException: Launch template name already in use.",
                error(() -> ec2.createLaunchTemplate(b -> b.launchTemplateName(name).launchTemplateData(d -> d.imageId(image)))));
        ec2.deleteLaunchTemplate(b -> b.launchTemplateId(t.launchTemplateId()));
        assertTrue(error(() -> ec2.describeLaunchTemplates(b -> b.launchTemplateIds(t.launchTemplateId())))
                .startsWith("InvalidLaunchTemplateId.NotFound"));
    }

    @Test
    void attributesStatusAndTypes() throws Exception {
        String id = ec2.runInstances(one().disableApiTermination(true).build()).instances().getFirst().instanceId();
        assertTrue(error(() -> ec2.terminateInstances(b -> b.instanceIds(id))).startsWith("OperationNotPermitted: "));
        assertTrue(ec2.describeInstanceAttribute(b -> b.instanceId(id).attribute("disableApiTermination")).disableApiTermination().value());
        ec2.modifyInstanceAttribute(b -> b.instanceId(id).disableApiTermination(v -> v.value(false)));
        assertEquals("IncorrectInstanceState: The instance '" + id + "' is not in the 'stopped' state.",
                error(() -> ec2.modifyInstanceAttribute(b -> b.instanceId(id).instanceType(v -> v.value("t3.large")))));
        assertTrue(ec2.describeInstanceStatus(b -> b.instanceIds(id)).instanceStatuses().isEmpty(), "pending: not listed by default");
        advance(Duration.ofSeconds(5), in(id, InstanceStateName.RUNNING));
        assertEquals("initializing", ec2.describeInstanceStatus(b -> b.instanceIds(id)).instanceStatuses().getFirst().instanceStatus().statusAsString());
        var types = ec2.describeInstanceTypes(b -> b.instanceTypes(InstanceType.T3_MICRO)).instanceTypes();
        assertEquals(2, types.getFirst().vCpuInfo().defaultVCpus());
        assertEquals(1024L, types.getFirst().memoryInfo().sizeInMiB());
        assertNull(ec2.describeInstances(b -> b.instanceIds(id)).nextToken());
    }

    @Test
    void badInputIsRefusedAsEc2Does() {
        assertEquals("InvalidInstanceID.Malformed: Invalid id: \"web\"", error(() -> ec2.describeInstances(b -> b.instanceIds("web"))));
        assertEquals("InvalidInstanceID.NotFound: The instance ID 'i-0123456789abcdef0' does not exist",
                error(() -> ec2.stopInstances(b -> b.instanceIds("i-0123456789abcdef0"))));
        assertTrue(error(() -> ec2.describeInstances(b -> b.instanceIds("i-0123456789abcdef0").maxResults(5))).startsWith("InvalidParameterCombination"));
        assertTrue(error(() -> ec2.describeInstances(b -> b.maxResults(1001))).startsWith("InvalidParameterValue"));
        assertEquals("InvalidParameterValue: Invalid value 'x9.huge' for InstanceType.", error(() -> ec2.runInstances(one().instanceType("x9.huge").build())));
        assertTrue(error(() -> ec2.runInstances(one().imageId("ami-0000000000000dead").build())).startsWith("InvalidAMIID.NotFound"));
        assertTrue(error(() -> ec2.runInstances(one().keyName("no-such-key").build())).startsWith("InvalidKeyPair.NotFound"));
        assertTrue(error(() -> ec2.runInstances(one().userData("%%%").build())).startsWith("InvalidParameterValue"));
        assertTrue(error(() -> ec2.describeInstances(b -> b.filters(Filter.builder().name("colour").values("red").build())))
                .startsWith("InvalidParameterValue"));
        assertTrue(error(() -> ec2.describeInstanceTypes(b -> b.instanceTypesWithStrings("x9.huge"))).startsWith("InvalidInstanceType"));
    }
}
