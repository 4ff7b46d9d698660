package dev.stratus.it;

import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotState;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeState;
import software.amazon.awssdk.services.ec2.model.VolumeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * EBS through the AWS SDK for Java v2 (the ec2 protocol), on a clock the tests move: volumes from
 * creating to available to deleted, snapshots from pending to completed and their copies, volumes
 * made from snapshots, sharing a snapshot, EBS's events reaching a queue through a rule, and bad
 * input answered with EC2's codes. Expected answers: the EC2 API reference (CreateVolume's size and
 * IOPS rules, DescribeSnapshots' OwnerIds) and the EBS user guide's "EventBridge for Amazon EBS" samples.
 * (Attaching needs instances, which EC2's instances bring; the refusal for an unknown one is here.)
 */
class Ec2EbsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();

    static Ec2Client ec2;
    static SqsClient sqs;
    static EventBridgeClient events;

    @BeforeAll
    static void clients() {
        ec2 = Clients.ec2(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        events = Clients.events(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        ec2.close();
        sqs.close();
        events.close();
    }

    /** Waits (briefly, in real time) for what the moved clock made due to happen on Stratus's timer thread. */
    static void until(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 500 && !done.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(done.getAsBoolean());
    }

    static Volume volume(String id) {
        return ec2.describeVolumes(b -> b.volumeIds(id)).volumes().getFirst();
    }

    static Snapshot snapshot(String id) {
        return ec2.describeSnapshots(b -> b.snapshotIds(id)).snapshots().getFirst();
    }

    static String available(int size) throws InterruptedException {
        String id = ec2.createVolume(b -> b.availabilityZone("us-east-1a").size(size)).volumeId();
        STRATUS.advance(Duration.ofSeconds(2));
        until(() -> volume(id).state() == VolumeState.AVAILABLE);
        return id;
    }

    static String code(Runnable call) {
        return assertThrows(Ec2Exception.class, call::run).awsErrorDetails().errorCode();
    }

    /** A queue that a rule with {@code pattern} sends to. */
    static TestQueues.Queue ruleToQueue(String pattern) {
        TestQueues.Queue q = new TestQueues(sqs).createFor("events.amazonaws.com", "ebs", Map.of());
        String rule = "ebs-" + System.nanoTime();
        events.putRule(b -> b.name(rule).eventPattern(pattern));
        events.putTargets(b -> b.rule(rule).targets(Target.builder().id("q").arn(q.arn()).build()));
        return q;
    }

    static List<JsonNode> received(TestQueues.Queue q, int expected) throws InterruptedException {
        List<JsonNode> got = new ArrayList<>();
        for (int i = 0; i < 300 && got.size() < expected; i++) {
            for (Message m : sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10)).messages()) {
                got.add(json(m.body()));
                sqs.deleteMessage(b -> b.queueUrl(q.url()).receiptHandle(m.receiptHandle()));
            }
            if (got.size() < expected) {
                Thread.sleep(20);
            }
        }
        return got;
    }

    /** The first {@code n} events about {@code resourceArn} reaching the queue (other tests' resources change on the same clock). */
    static List<JsonNode> eventsAbout(TestQueues.Queue q, String resourceArn, int n) throws InterruptedException {
        List<JsonNode> about = new ArrayList<>();
        for (int i = 0; i < 10 && about.size() < n; i++) {
            received(q, n).stream().filter(e -> e.path("resources").get(0).asText().equals(resourceArn)).forEach(about::add);
        }
        assertEquals(n, about.size(), "events about " + resourceArn);
        return about;
    }

    static JsonNode eventAbout(TestQueues.Queue q, String resourceArn) throws InterruptedException {
        return eventsAbout(q, resourceArn, 1).getFirst();
    }

    @Test
    void aVolumeGoesCreatingAvailableDeletedAndTheBusHearsIt() throws Exception {
        TestQueues.Queue q = ruleToQueue("{\"source\":[\"aws.ec2\"],\"detail-type\":[\"EBS Volume Notification\"]}");
        CreateVolumeResponse v = ec2.createVolume(b -> b.availabilityZone("us-east-1b").size(20).volumeType(VolumeType.IO2).iops(2000)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.VOLUME).tags(Tag.builder().key("Name").value("db").build())
                        .build()));
        assertEquals(VolumeState.CREATING, v.state());
        assertEquals(2000, v.iops());
        STRATUS.advance(Duration.ofSeconds(2));
        until(() -> volume(v.volumeId()).state() == VolumeState.AVAILABLE);
        assertEquals(List.of(v.volumeId()), ec2.describeVolumes(b -> b.filters(Filter.builder().name("tag:Name").values("db").build(),
                Filter.builder().name("volume-type").values("io2").build())).volumes().stream().map(Volume::volumeId).toList());

        ec2.deleteVolume(b -> b.volumeId(v.volumeId()));
        assertEquals(VolumeState.DELETING, volume(v.volumeId()).state());
        STRATUS.advance(Duration.ofSeconds(1));
        until(() -> ec2.describeVolumes(b -> b.filters(Filter.builder().name("volume-id").values(v.volumeId()).build())).volumes().isEmpty());
        assertEquals("InvalidVolume.NotFound", code(() -> volume(v.volumeId())));

        String arn = "arn:aws:ec2:us-east-1:000000000000:volume/" + v.volumeId();
        List<JsonNode> about = eventsAbout(q, arn, 2);
        JsonNode created = about.getFirst();
        JsonNode deleted = about.get(1);
        assertEquals("createVolume", created.path("detail").path("event").asText());
        assertEquals("deleteVolume", deleted.path("detail").path("event").asText());
        assertEquals("aws.ec2", created.path("source").asText());
        assertEquals("EBS Volume Notification", created.path("detail-type").asText());
        assertEquals("available", created.path("detail").path("result").asText());
        assertEquals("deleted", deleted.path("detail").path("result").asText());
    }

    @Test
    void snapshotsCompleteCopyRestoreAndShare() throws Exception {
        TestQueues.Queue q = ruleToQueue("{\"source\":[\"aws.ec2\"],\"detail-type\":[\"EBS Snapshot Notification\"]}");
        String volumeId = available(6);
        CreateSnapshotResponse s = ec2.createSnapshot(b -> b.volumeId(volumeId).description("before upgrade")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT).tags(Tag.builder().key("k").value("v").build())
                        .build()));
        assertEquals(SnapshotState.PENDING, s.state());
        STRATUS.advance(Duration.ofSeconds(20));
        until(() -> snapshot(s.snapshotId()).state() == SnapshotState.COMPLETED);
        assertEquals("100%", snapshot(s.snapshotId()).progress());
        assertEquals(List.of(s.snapshotId()), ec2.describeSnapshots(b -> b.ownerIds("self").filters(Filter.builder().name("tag:k").values("v")
                .build())).snapshots().stream().map(Snapshot::snapshotId).toList());

        JsonNode done = eventAbout(q, "arn:aws:ec2:us-east-1::snapshot/" + s.snapshotId());
        assertEquals("EBS Snapshot Notification", done.path("detail-type").asText());
        assertEquals("arn:aws:ec2:us-east-1::snapshot/" + s.snapshotId(), done.path("resources").get(0).asText());
        assertEquals("createSnapshot", done.path("detail").path("event").asText());
        assertEquals("succeeded", done.path("detail").path("result").asText());
        assertEquals("arn:aws:ec2:us-east-1::volume/" + volumeId, done.path("detail").path("source").asText());
        assertNotNull(done.path("detail").path("endTime").textValue());

        // The SDK presigns CopySnapshot for the source region, and reads the destination from the endpoint's host unless it is given.
        String copy = ec2.copySnapshot(b -> b.sourceRegion("us-east-1").destinationRegion("us-east-1").sourceSnapshotId(s.snapshotId()))
                .snapshotId();
        STRATUS.advance(Duration.ofSeconds(30));
        until(() -> snapshot(copy).state() == SnapshotState.COMPLETED);
        assertEquals("copySnapshot", eventAbout(q, "arn:aws:ec2:us-east-1::snapshot/" + copy).path("detail").path("event").asText());

        CreateVolumeResponse restored = ec2.createVolume(b -> b.availabilityZone("us-east-1c").snapshotId(copy));
        assertEquals(6, restored.size());
        assertEquals(copy, restored.snapshotId());

        ec2.modifySnapshotAttribute(b -> b.snapshotId(s.snapshotId()).attribute("createVolumePermission").operationType("add")
                .userIds("123456789012"));
        assertEquals(List.of(CreateVolumePermission.builder().userId("123456789012").build()),
                ec2.describeSnapshotAttribute(b -> b.snapshotId(s.snapshotId()).attribute("createVolumePermission")).createVolumePermissions());
        ec2.resetSnapshotAttribute(b -> b.snapshotId(s.snapshotId()).attribute("createVolumePermission"));
        assertTrue(ec2.describeSnapshotAttribute(b -> b.snapshotId(s.snapshotId()).attribute("createVolumePermission"))
                .createVolumePermissions().isEmpty());

        ec2.deleteSnapshot(b -> b.snapshotId(copy));
        assertEquals("InvalidSnapshot.NotFound", code(() -> snapshot(copy)));
    }

    @Test
    void describeVolumesPagesWithinFiveToFiveHundred() throws Exception {
        for (int i = 0; i < 6; i++) {
            ec2.createVolume(b -> b.availabilityZone("us-east-1a").size(1));
        }
        var first = ec2.describeVolumes(b -> b.maxResults(5));
        assertEquals(5, first.volumes().size());
        assertNotNull(first.nextToken());
        assertTrue(ec2.describeVolumes(b -> b.maxResults(5).nextToken(first.nextToken())).volumes().size() >= 1);
        assertEquals("InvalidParameterValue", code(() -> ec2.describeVolumes(b -> b.maxResults(501))));
        assertEquals("InvalidNextToken", code(() -> ec2.describeVolumes(b -> b.maxResults(5).nextToken("forged"))));
    }

    @Test
    void badInputIsAnsweredWithEc2sCodes() throws Exception {
        String volumeId = available(1);
        assertEquals("InvalidZone.NotFound", code(() -> ec2.createVolume(b -> b.availabilityZone("us-east-1q").size(1))));
        assertEquals("MissingParameter", code(() -> ec2.createVolume(b -> b.availabilityZone("us-east-1a"))));
        assertEquals("InvalidParameterCombination", code(() -> ec2.createVolume(b -> b.availabilityZone("us-east-1a").size(5).iops(100))));
        assertEquals("InvalidParameterValue", code(() -> ec2.createVolume(b -> b.availabilityZone("us-east-1a").size(1).volumeType(VolumeType.ST1))));
        assertEquals("InvalidVolumeID.Malformed", code(() -> ec2.describeVolumes(b -> b.volumeIds("nope"))));
        assertEquals("InvalidParameterValue", code(() -> ec2.describeVolumes(b -> b.filters(Filter.builder().name("nope").values("x").build()))));
        assertEquals("InvalidInstanceID.NotFound", code(() -> ec2.attachVolume(b -> b.volumeId(volumeId).instanceId("i-0123456789abcdef0")
                .device("/dev/sdf"))));
        assertEquals("InvalidParameterValue", code(() -> ec2.attachVolume(b -> b.volumeId(volumeId).instanceId("i-0123456789abcdef0")
                .device("/dev/nope"))));
        assertEquals("IncorrectState", code(() -> ec2.detachVolume(b -> b.volumeId(volumeId))));
        assertEquals("InvalidVolume.NotFound", code(() -> ec2.deleteVolume(b -> b.volumeId("vol-0123456789abcdef0"))));
        assertEquals("InvalidParameterValue", code(() -> ec2.modifyVolume(b -> b.volumeId(volumeId).size(0))));
        assertEquals("InvalidVolume.NotFound", code(() -> ec2.describeVolumeStatus(b -> b.volumeIds("vol-0123456789abcdef0"))));
        assertEquals("InvalidVolume.NotFound", code(() -> ec2.describeVolumesModifications(b -> b.volumeIds("vol-0123456789abcdef0"))));
        assertEquals("InvalidVolume.NotFound", code(() -> ec2.describeVolumeAttribute(b -> b.volumeId("vol-0123456789abcdef0")
                .attribute("autoEnableIO"))));
        assertEquals("MissingParameter", code(() -> ec2.modifyVolumeAttribute(b -> b.volumeId(volumeId))));
        assertEquals("InvalidVolume.NotFound", code(() -> ec2.createSnapshot(b -> b.volumeId("vol-0123456789abcdef0"))));
        assertEquals("InvalidInstanceID.NotFound", code(() -> ec2.createSnapshots(b -> b.instanceSpecification(i -> i.instanceId(
                "i-0123456789abcdef0")))));
        assertEquals("InvalidParameterValue", code(() -> ec2.describeSnapshots(b -> b.snapshotIds("nope"))));
        assertEquals("InvalidSnapshot.NotFound", code(() -> ec2.copySnapshot(b -> b.sourceRegion("us-east-1")
                .destinationRegion("us-east-1").sourceSnapshotId("snap-0123456789abcdef0"))));
        assertEquals("InvalidSnapshot.NotFound", code(() -> ec2.deleteSnapshot(b -> b.snapshotId("snap-0123456789abcdef0"))));
        assertEquals("InvalidSnapshot.NotFound", code(() -> ec2.describeSnapshotAttribute(b -> b.snapshotId("snap-0123456789abcdef0")
                .attribute("createVolumePermission"))));
        assertEquals("InvalidSnapshot.NotFound", code(() -> ec2.resetSnapshotAttribute(b -> b.snapshotId("snap-0123456789abcdef0")
                .attribute("createVolumePermission"))));
        String snapshotId = ec2.createSnapshot(b -> b.volumeId(volumeId)).snapshotId();
        assertEquals("InvalidParameterValue", code(() -> ec2.modifySnapshotAttribute(b -> b.snapshotId(snapshotId).operationType("add")
                .groupNames("friends"))));
        assertEquals("InvalidUserID.Malformed", code(() -> ec2.describeSnapshots(b -> b.ownerIds("someone"))));
    }
}
