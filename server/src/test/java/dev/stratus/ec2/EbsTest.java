package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.ec2.api.AttachVolumeRequest;
import dev.stratus.ec2.api.AttributeBooleanValue;
import dev.stratus.ec2.api.BlockDeviceMapping;
import dev.stratus.ec2.api.CopySnapshotRequest;
import dev.stratus.ec2.api.CreateSnapshotRequest;
import dev.stratus.ec2.api.CreateSnapshotsRequest;
import dev.stratus.ec2.api.CreateSnapshotsResult;
import dev.stratus.ec2.api.CreateTagsRequest;
import dev.stratus.ec2.api.CreateVolumePermission;
import dev.stratus.ec2.api.CreateVolumePermissionModifications;
import dev.stratus.ec2.api.CreateVolumeRequest;
import dev.stratus.ec2.api.DeleteSnapshotRequest;
import dev.stratus.ec2.api.DeleteVolumeRequest;
import dev.stratus.ec2.api.DescribeSnapshotAttributeRequest;
import dev.stratus.ec2.api.DescribeSnapshotsRequest;
import dev.stratus.ec2.api.DescribeVolumeAttributeRequest;
import dev.stratus.ec2.api.DescribeVolumeStatusRequest;
import dev.stratus.ec2.api.DescribeVolumesModificationsRequest;
import dev.stratus.ec2.api.DescribeVolumesRequest;
import dev.stratus.ec2.api.DescribeVolumesResult;
import dev.stratus.ec2.api.DetachVolumeRequest;
import dev.stratus.ec2.api.EbsBlockDevice;
import dev.stratus.ec2.api.Filter;
import dev.stratus.ec2.api.InstanceBlockDeviceMapping;
import dev.stratus.ec2.api.InstanceSpecification;
import dev.stratus.ec2.api.ModifySnapshotAttributeRequest;
import dev.stratus.ec2.api.ModifyVolumeAttributeRequest;
import dev.stratus.ec2.api.ModifyVolumeRequest;
import dev.stratus.ec2.api.ResetSnapshotAttributeRequest;
import dev.stratus.ec2.api.Snapshot;
import dev.stratus.ec2.api.Tag;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.ec2.api.Volume;
import dev.stratus.ec2.api.VolumeAttachment;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** EBS through EC2's operations: volumes, attachments, snapshots, their timed states and events, and the volumes instances get. */
class EbsTest {
    static final String ACCOUNT = "111122223333";
    static final String OTHER = "444455556666";
    static final String REGION = "eu-west-1";
    static final String ZONE = "eu-west-1a";
    static final String PUBLIC_SNAPSHOT = "snap-0aaaabbbbccccdddd";

    final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T08:00:00Z").toEpochMilli());
    final SqliteStore store = TaggedStores.tagged(SqliteStore.inMemory());
    final Timers timers = new Timers(store, clock);
    final List<ServiceEvents.Event> events = new CopyOnWriteArrayList<>();
    final Map<String, InstanceLookup.Placement> instances = new ConcurrentHashMap<>();
    final Map<String, String> imagesUsing = new ConcurrentHashMap<>();
    final ResourceTags tags = new ResourceTags();
    final Ebs ebs = Ebs.build(store, clock, timers, (tx, e) -> events.add(e), tags, EbsDelays.DEFAULT,
            (region, name, id) -> java.util.stream.Stream.of("a", "b", "c").map(letter -> region + letter)
                    .filter(z -> name != null ? z.equals(name) : ("euw1-az" + (z.charAt(z.length() - 1) - 'a' + 1)).equals(id)).findFirst(),
            (tx, account, region, id) -> Optional.ofNullable(instances.get(id)),
            new ImageSnapshots() {
                @Override
                public Optional<String> imageUsing(dev.stratus.store.Tx tx, String account, String region, String snapshotId) {
                    return Optional.ofNullable(imagesUsing.get(snapshotId));
                }

                @Override
                public List<PublicSnapshot> builtIn(String region) {
                    return List.of(new PublicSnapshot(PUBLIC_SNAPSHOT, 8, "Amazon Linux 2023 root", "137112412989"));
                }
            });
    final Ec2Service ec2 = new Ec2Service(store, tags, new Ec2Network(store, tags, clock, timers), ebs, null, null);
    int requests;

    EbsTest() {
        timers.start();
    }

    @AfterEach
    void close() {
        timers.close();
        store.close();
    }

    RequestContext ctx() {
        return ctx(ACCOUNT);
    }

    RequestContext ctx(String account) {
        return new RequestContext("req-" + (++requests), "ec2", "Op", REGION, account, "test", "localhost",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::" + account + ":root", account));
    }

    /** Moves the clock and waits until every timer then due has fired. */
    void advance(Duration d) throws InterruptedException {
        clock.advance(d.toMillis());
        timers.wake();
        for (int i = 0; i < 500 && store.read(tx -> {
            var ps = tx.sql("SELECT COUNT(*) FROM stratus_timer WHERE due_at <= ?");
            ps.setLong(1, clock.millis());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }); i++) {
            Thread.sleep(10);
        }
    }

    static CreateVolumeRequest volumeRequest(String zone, Integer size, String type, Integer iops, String snapshotId) {
        return new CreateVolumeRequest(zone, null, null, iops, null, null, size, snapshotId, type, null, null, null, null, null, null, null);
    }

    Volume newVolume(int size) {
        return ec2.createVolume(ctx(), volumeRequest(ZONE, size, null, null, null));
    }

    String newVolumeAvailable(int size) throws InterruptedException {
        String id = newVolume(size).volumeId();
        advance(Duration.ofSeconds(2));
        return id;
    }

    Volume describe(String volumeId) {
        return ec2.describeVolumes(ctx(), new DescribeVolumesRequest(List.of(volumeId), null, null, null, null, null)).volumes().getFirst();
    }

    List<String> volumeIds(Filter... filters) {
        return ec2.describeVolumes(ctx(), new DescribeVolumesRequest(null, null, null, List.of(filters), null, null)).volumes().stream()
                .map(Volume::volumeId).toList();
    }

    Snapshot snapshot(String snapshotId) {
        return ec2.describeSnapshots(ctx(), new DescribeSnapshotsRequest(null, null, null, null, List.of(snapshotId), null, null))
                .snapshots().getFirst();
    }

    AwsException refused(Runnable call) {
        return assertThrows(AwsException.class, call::run);
    }

    void running(String instanceId, String zone) {
        instances.put(instanceId, new InstanceLookup.Placement(instanceId, zone, "running", "/dev/xvda"));
    }

    List<ServiceEvents.Event> events(String detailType) {
        return events.stream().filter(e -> e.detailType().equals(detailType)).toList();
    }

    // Volumes

    @Test
    void aVolumeIsCreatingThenAvailableAndSaysSoOnTheBus() throws Exception {
        RequestContext create = ctx();
        Volume v = ec2.createVolume(create, new CreateVolumeRequest(ZONE, null, null, null, null, null, 10, null, "gp3",
                List.of(new TagSpecification("volume", List.of(new Tag("Name", "data")))), null, null, null, null, null, null));
        assertEquals("creating", v.state());
        assertEquals(3000, v.iops(), "gp3's default IOPS");
        assertEquals(125, v.throughput());
        assertEquals(List.of(new Tag("Name", "data")), v.tags());
        assertEquals("", v.snapshotId());
        assertTrue(events.isEmpty());

        advance(Duration.ofSeconds(2));
        assertEquals("available", describe(v.volumeId()).state());
        ServiceEvents.Event e = events(EbsEvents.VOLUME_NOTIFICATION).getFirst();
        assertEquals("aws.ec2", e.source());
        assertEquals(List.of("arn:aws:ec2:eu-west-1:" + ACCOUNT + ":volume/" + v.volumeId()), e.resources());
        JsonNode d = e.detail();
        assertEquals("available", d.path("result").asText());
        assertEquals("createVolume", d.path("event").asText());
        assertEquals("", d.path("cause").asText());
        assertEquals(create.requestId(), d.path("request-id").asText());
    }

    @Test
    void describeVolumesFiltersAndPages() throws Exception {
        Volume small = newVolume(5);
        Volume big = ec2.createVolume(ctx(), volumeRequest("eu-west-1b", 200, "st1", null, null));
        ec2.createTags(ctx(), new CreateTagsRequest(null, List.of(big.volumeId()), List.of(new Tag("Env", "prod"))));
        assertEquals(List.of(big.volumeId()), volumeIds(new Filter("tag:Env", List.of("prod"))));
        assertEquals(List.of(big.volumeId()), volumeIds(new Filter("volume-type", List.of("st1"))));
        assertEquals(List.of(small.volumeId()), volumeIds(new Filter("size", List.of("5"))));
        assertEquals(List.of(big.volumeId()), volumeIds(new Filter("availability-zone", List.of("eu-west-1b"))));
        assertEquals(2, volumeIds(new Filter("status", List.of("creating"))).size());
        assertEquals(List.of(), volumeIds(new Filter("encrypted", List.of("true"))));
        assertEquals("InvalidParameterValue", refused(() -> volumeIds(new Filter("colour", List.of("x")))).code());

        for (int i = 0; i < 4; i++) {
            newVolume(1);
        }
        DescribeVolumesResult first = ec2.describeVolumes(ctx(), new DescribeVolumesRequest(null, null, null, null, null, 5));
        assertEquals(5, first.volumes().size());
        assertNotNull(first.nextToken());
        DescribeVolumesResult rest = ec2.describeVolumes(ctx(), new DescribeVolumesRequest(null, null, null, null, first.nextToken(), 5));
        assertEquals(1, rest.volumes().size());
        assertNull(rest.nextToken());
        assertEquals("InvalidParameterValue", refused(() -> ec2.describeVolumes(ctx(),
                new DescribeVolumesRequest(null, null, null, null, null, 4))).code());
        assertEquals("InvalidVolume.NotFound", refused(() -> describe("vol-0123456789abcdef0")).code());
        assertEquals("InvalidVolumeID.Malformed", refused(() -> describe("volume-1")).code());
        assertTrue(ec2.describeVolumes(ctx(OTHER), new DescribeVolumesRequest(null, null, null, null, null, null)).volumes().isEmpty(),
                "another account sees none of them");
    }

    @Test
    void createVolumeRefusesWhatEbsRefuses() {
        assertEquals("InvalidZone.NotFound", refused(() -> ec2.createVolume(ctx(), volumeRequest("eu-west-1z", 1, null, null, null))).code());
        assertEquals("The zone 'us-east-1a' does not exist.",
                refused(() -> ec2.createVolume(ctx(), volumeRequest("us-east-1a", 1, null, null, null))).getMessage());
        assertEquals("MissingParameter", refused(() -> ec2.createVolume(ctx(), volumeRequest(null, 1, null, null, null))).code());
        assertEquals("MissingParameter", refused(() -> ec2.createVolume(ctx(), volumeRequest(ZONE, null, null, null, null))).code());
        assertEquals("The parameter iops is not supported for gp2 volumes.",
                refused(() -> ec2.createVolume(ctx(), volumeRequest(ZONE, 10, "gp2", 300, null))).getMessage());
        assertEquals("InvalidParameterCombination", refused(() -> ec2.createVolume(ctx(), volumeRequest(ZONE, 10, "io1", null, null))).code());
        assertEquals("InvalidParameterValue", refused(() -> ec2.createVolume(ctx(), volumeRequest(ZONE, 20_000, "gp2", null, null))).code());
        assertEquals("InvalidParameterValue", refused(() -> ec2.createVolume(ctx(), volumeRequest(ZONE, 10, "st1", null, null))).code());
        assertEquals("InvalidParameterValue", refused(() -> ec2.createVolume(ctx(), volumeRequest(ZONE, 10, "io1", 1000, null))).code(),
                "io1 allows 50 IOPS per GiB");
        assertEquals("InvalidParameterValue", refused(() -> ec2.createVolume(ctx(), volumeRequest(ZONE, 10, "magnetic", null, null))).code());
        assertEquals("InvalidParameterDependency", refused(() -> ec2.createVolume(ctx(), new CreateVolumeRequest(ZONE, null, null, null,
                "alias/mine", null, 10, null, null, null, null, null, null, null, null, null))).code());
        assertEquals("InvalidSnapshot.NotFound", refused(() -> ec2.createVolume(ctx(), volumeRequest(ZONE, null, null, null,
                "snap-0123456789abcdef0"))).code());
        assertEquals("InvalidParameterValue", refused(() -> ec2.createVolume(ctx(), new CreateVolumeRequest(ZONE, null, null, null, null,
                null, 10, null, null, List.of(new TagSpecification("instance", List.of())), null, null, null, null, null, null))).code());
        assertEquals("InvalidParameterCombination", refused(() -> ec2.createVolume(ctx(), new CreateVolumeRequest(ZONE, null, null, null,
                null, null, 10, null, "gp3", null, true, null, null, null, null, null))).code());
    }

    @Test
    void aVolumeByZoneIdEncryptedWithTheDefaultKey() throws Exception {
        Volume v = ec2.createVolume(ctx(), new CreateVolumeRequest(null, "euw1-az2", true, null, null, null, 4, null, null, null, null, null,
                null, null, null, null));
        assertEquals("eu-west-1b", v.availabilityZone());
        assertTrue(v.encrypted());
        assertTrue(v.kmsKeyId().startsWith("arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/"));
        assertEquals(100, v.iops(), "gp2's baseline is never below 100");
        assertEquals("InvalidZone.NotFound", refused(() -> ec2.createVolume(ctx(), new CreateVolumeRequest(null, "euw1-az9", null, null, null,
                null, 4, null, null, null, null, null, null, null, null, null))).code());
        Snapshot s = ec2.createSnapshot(ctx(), new CreateSnapshotRequest(null, null, newVolumeAvailable(5), null, null, null));
        assertEquals(Optional.of(5), store.read(tx -> ebs.snapshots().sizeOf(tx, ACCOUNT, REGION, s.snapshotId())));
        assertEquals(Optional.of(8), store.read(tx -> ebs.snapshots().sizeOf(tx, OTHER, REGION, PUBLIC_SNAPSHOT)));
        assertEquals(Optional.empty(), store.read(tx -> ebs.snapshots().sizeOf(tx, OTHER, REGION, s.snapshotId())), "not shared");
    }

    @Test
    void attachingDetachingAndDeletingMoveThroughAwsStates() throws Exception {
        running("i-0123456789abcdef0", ZONE);
        Volume v = newVolume(10);
        AttachVolumeRequest attach = new AttachVolumeRequest("/dev/sdf", "i-0123456789abcdef0", v.volumeId(), null, null);
        assertEquals("IncorrectState", refused(() -> ec2.attachVolume(ctx(), attach)).code(), "still creating");
        advance(Duration.ofSeconds(2));

        VolumeAttachment a = ec2.attachVolume(ctx(), attach);
        assertEquals("attaching", a.state());
        assertEquals("in-use", describe(v.volumeId()).state());
        assertEquals(List.of(v.volumeId()), volumeIds(new Filter("attachment.instance-id", List.of("i-0123456789abcdef0"))));
        advance(Duration.ofSeconds(1));
        VolumeAttachment attached = describe(v.volumeId()).attachments().getFirst();
        assertEquals("attached", attached.state());
        assertFalse(attached.deleteOnTermination(), "AttachVolume leaves DeleteOnTermination false");
        assertEquals(List.of(v.volumeId()), volumeIds(new Filter("attachment.status", List.of("attached")),
                new Filter("attachment.device", List.of("/dev/sdf")), new Filter("attachment.delete-on-termination", List.of("false"))));

        assertEquals("IncorrectState", refused(() -> ec2.attachVolume(ctx(), attach)).code());
        assertEquals("VolumeInUse", refused(() -> ec2.deleteVolume(ctx(), new DeleteVolumeRequest(v.volumeId(), null))).code());
        Volume other = newVolume(1);
        advance(Duration.ofSeconds(2));
        AwsException inUse = refused(() -> ec2.attachVolume(ctx(), new AttachVolumeRequest("/dev/sdf", "i-0123456789abcdef0",
                other.volumeId(), null, null)));
        assertEquals("Invalid value '/dev/sdf' for unixDevice. Attachment point /dev/sdf is already in use", inUse.getMessage());

        VolumeAttachment detaching = ec2.detachVolume(ctx(), new DetachVolumeRequest(null, null, null, v.volumeId(), null));
        assertEquals("detaching", detaching.state());
        advance(Duration.ofSeconds(1));
        Volume detached = describe(v.volumeId());
        assertEquals("available", detached.state());
        assertTrue(detached.attachments().isEmpty());
        assertEquals("IncorrectState", refused(() -> ec2.detachVolume(ctx(), new DetachVolumeRequest(null, null, null, v.volumeId(),
                null))).code());

        RequestContext delete = ctx();
        ec2.deleteVolume(delete, new DeleteVolumeRequest(v.volumeId(), null));
        assertEquals("deleting", describe(v.volumeId()).state());
        advance(Duration.ofSeconds(1));
        assertEquals("InvalidVolume.NotFound", refused(() -> describe(v.volumeId())).code());
        JsonNode deleted = events(EbsEvents.VOLUME_NOTIFICATION).getLast().detail();
        assertEquals("deleted", deleted.path("result").asText());
        assertEquals("deleteVolume", deleted.path("event").asText());
        assertEquals(delete.requestId(), deleted.path("request-id").asText());
    }

    @Test
    void attachVolumeRefusesWhatEc2Refuses() throws Exception {
        running("i-0123456789abcdef0", "eu-west-1b");
        instances.put("i-0123456789abcdef1", new InstanceLookup.Placement("i-0123456789abcdef1", ZONE, "pending", "/dev/xvda"));
        Volume v = newVolume(10);
        advance(Duration.ofSeconds(2));
        assertEquals("InvalidVolume.ZoneMismatch", refused(() -> ec2.attachVolume(ctx(), new AttachVolumeRequest("/dev/sdf",
                "i-0123456789abcdef0", v.volumeId(), null, null))).code());
        assertEquals("IncorrectInstanceState", refused(() -> ec2.attachVolume(ctx(), new AttachVolumeRequest("/dev/sdf",
                "i-0123456789abcdef1", v.volumeId(), null, null))).code());
        assertEquals("InvalidInstanceID.NotFound", refused(() -> ec2.attachVolume(ctx(), new AttachVolumeRequest("/dev/sdf",
                "i-0123456789abcdef2", v.volumeId(), null, null))).code());
        assertEquals("InvalidParameterValue", refused(() -> ec2.attachVolume(ctx(), new AttachVolumeRequest("sdf",
                "i-0123456789abcdef0", v.volumeId(), null, null))).code());
        assertEquals("InvalidVolume.NotFound", refused(() -> ec2.attachVolume(ctx(), new AttachVolumeRequest("/dev/sdf",
                "i-0123456789abcdef0", "vol-0123456789abcdef0", null, null))).code());
    }

    @Test
    void volumeAttributesStatusAndModifications() throws Exception {
        Volume v = newVolume(10);
        assertEquals("insufficient-data", ec2.describeVolumeStatus(ctx(), new DescribeVolumeStatusRequest(null, null, null, null, null, null))
                .volumeStatuses().getFirst().volumeStatus().status());
        advance(Duration.ofSeconds(2));
        assertEquals("ok", ec2.describeVolumeStatus(ctx(), new DescribeVolumeStatusRequest(null, null, List.of(v.volumeId()), null, null,
                List.of(new Filter("volume-status.status", List.of("ok"))))).volumeStatuses().getFirst().volumeStatus().status());

        assertFalse(ec2.describeVolumeAttribute(ctx(), new DescribeVolumeAttributeRequest("autoEnableIO", v.volumeId(), null)).autoEnableIO().value());
        ec2.modifyVolumeAttribute(ctx(), new ModifyVolumeAttributeRequest(new AttributeBooleanValue(true), v.volumeId(), null));
        assertTrue(ec2.describeVolumeAttribute(ctx(), new DescribeVolumeAttributeRequest("autoEnableIO", v.volumeId(), null)).autoEnableIO().value());
        assertEquals("MissingParameter", refused(() -> ec2.modifyVolumeAttribute(ctx(), new ModifyVolumeAttributeRequest(null, v.volumeId(),
                null))).code());

        var m = ec2.modifyVolume(ctx(), new ModifyVolumeRequest(null, v.volumeId(), 20, "gp3", null, null, null)).volumeModification();
        assertEquals("optimizing", m.modificationState());
        assertEquals(10, m.originalSize());
        assertEquals(20, m.targetSize());
        assertEquals("gp3", describe(v.volumeId()).volumeType());
        assertEquals("modifyVolume", events(EbsEvents.VOLUME_NOTIFICATION).getLast().detail().path("event").asText());
        assertEquals("IncorrectModificationState", refused(() -> ec2.modifyVolume(ctx(), new ModifyVolumeRequest(null, v.volumeId(), 30,
                null, null, null, null))).code());
        clock.advance(Duration.ofSeconds(10).toMillis());
        assertEquals("completed", ec2.describeVolumesModifications(ctx(), new DescribeVolumesModificationsRequest(null, List.of(v.volumeId()),
                null, null, null)).volumesModifications().getFirst().modificationState());
        assertEquals("InvalidParameterValue", refused(() -> ec2.modifyVolume(ctx(), new ModifyVolumeRequest(null, v.volumeId(), 5, null,
                null, null, null))).code(), "a volume never shrinks");
        assertEquals("MissingParameter", refused(() -> ec2.modifyVolume(ctx(), new ModifyVolumeRequest(null, v.volumeId(), null, null,
                null, null, null))).code(), "nothing to change");
    }

    // Snapshots

    @Test
    void aSnapshotIsPendingThenCompletedAndSaysSoOnTheBus() throws Exception {
        Volume v = newVolume(12);
        assertEquals("IncorrectState", refused(() -> ec2.createSnapshot(ctx(), new CreateSnapshotRequest("x", null, v.volumeId(), null,
                null, null))).code(), "the volume is still being created");
        advance(Duration.ofSeconds(2));
        Snapshot s = ec2.createSnapshot(ctx(), new CreateSnapshotRequest("nightly", null, v.volumeId(),
                List.of(new TagSpecification("snapshot", List.of(new Tag("Backup", "yes")))), null, null));
        assertEquals("pending", s.state());
        assertEquals("0%", s.progress());
        assertEquals(12, s.volumeSize());
        assertEquals(ACCOUNT, s.ownerId());
        assertEquals(List.of(new Tag("Backup", "yes")), s.tags());

        clock.advance(Duration.ofSeconds(10).toMillis());
        assertEquals("50%", snapshot(s.snapshotId()).progress());
        advance(Duration.ofSeconds(10));
        Snapshot done = snapshot(s.snapshotId());
        assertEquals("completed", done.state());
        assertEquals("100%", done.progress());

        ServiceEvents.Event e = events(EbsEvents.SNAPSHOT_NOTIFICATION).getFirst();
        String arn = "arn:aws:ec2:eu-west-1::snapshot/" + s.snapshotId();
        assertEquals(List.of(arn), e.resources());
        assertEquals("createSnapshot", e.detail().path("event").asText());
        assertEquals("succeeded", e.detail().path("result").asText());
        assertEquals(arn, e.detail().path("snapshot_id").asText());
        assertEquals("arn:aws:ec2:eu-west-1::volume/" + v.volumeId(), e.detail().path("source").asText());
        assertEquals("2026-12-06T08:00:02Z", e.detail().path("startTime").asText());
        assertEquals("2026-12-06T08:00:22Z", e.detail().path("endTime").asText());
    }

    @Test
    void describeSnapshotsByOwnerRestorerAndFilter() throws Exception {
        Volume v = newVolume(3);
        advance(Duration.ofSeconds(2));
        Snapshot mine = ec2.createSnapshot(ctx(), new CreateSnapshotRequest("mine", null, v.volumeId(), null, null, null));
        List<String> self = ec2.describeSnapshots(ctx(), new DescribeSnapshotsRequest(null, null, List.of("self"), null, null, null, null))
                .snapshots().stream().map(Snapshot::snapshotId).toList();
        assertEquals(List.of(mine.snapshotId()), self);
        assertEquals(List.of(PUBLIC_SNAPSHOT), ec2.describeSnapshots(ctx(), new DescribeSnapshotsRequest(null, null, List.of("amazon"), null,
                null, null, null)).snapshots().stream().map(Snapshot::snapshotId).toList());
        assertEquals(1, ec2.describeSnapshots(ctx(), new DescribeSnapshotsRequest(null, null, null, null, null, null,
                List.of(new Filter("volume-id", List.of(v.volumeId())), new Filter("status", List.of("pending")),
                        new Filter("description", List.of("mi*"))))).snapshots().size());
        assertEquals("InvalidSnapshot.NotFound", refused(() -> snapshot("snap-0123456789abcdef0")).code());
        assertEquals("InvalidParameterValue", refused(() -> snapshot("snapshot")).code());
        assertEquals("InvalidUserID.Malformed", refused(() -> ec2.describeSnapshots(ctx(), new DescribeSnapshotsRequest(null, null,
                List.of("someone"), null, null, null, null))).code());

        assertTrue(ec2.describeSnapshots(ctx(OTHER), new DescribeSnapshotsRequest(null, null, List.of(ACCOUNT), null, null, null, null))
                .snapshots().isEmpty(), "not shared yet");
        ec2.modifySnapshotAttribute(ctx(), new ModifySnapshotAttributeRequest("createVolumePermission",
                new CreateVolumePermissionModifications(List.of(new CreateVolumePermission(OTHER, null)), null), null, null,
                mine.snapshotId(), null, null));
        assertEquals(List.of(new CreateVolumePermission(OTHER, null)), ec2.describeSnapshotAttribute(ctx(),
                new DescribeSnapshotAttributeRequest("createVolumePermission", mine.snapshotId(), null)).createVolumePermissions());
        assertEquals(1, ec2.describeSnapshots(ctx(OTHER), new DescribeSnapshotsRequest(null, null, null, List.of("self"), null, null, null))
                .snapshots().stream().filter(s -> s.snapshotId().equals(mine.snapshotId())).count());
        advance(Duration.ofSeconds(20));
        Volume restored = ec2.createVolume(ctx(OTHER), volumeRequest(ZONE, null, null, null, mine.snapshotId()));
        assertEquals(3, restored.size());
        assertEquals("InvalidSnapshot.NotFound", refused(() -> ec2.deleteSnapshot(ctx(OTHER),
                new DeleteSnapshotRequest(mine.snapshotId(), null))).code(), "only its owner deletes it");

        ec2.resetSnapshotAttribute(ctx(), new ResetSnapshotAttributeRequest("createVolumePermission", mine.snapshotId(), null));
        assertTrue(ec2.describeSnapshotAttribute(ctx(), new DescribeSnapshotAttributeRequest("createVolumePermission", mine.snapshotId(),
                null)).createVolumePermissions().isEmpty());
        assertEquals("InvalidParameterValue", refused(() -> ec2.modifySnapshotAttribute(ctx(), new ModifySnapshotAttributeRequest(null,
                null, List.of("everyone"), "add", mine.snapshotId(), null, null))).code());
        assertEquals("InvalidParameterValue", refused(() -> ec2.modifySnapshotAttribute(ctx(), new ModifySnapshotAttributeRequest(null,
                null, null, "share", mine.snapshotId(), List.of(OTHER), null))).code());
    }

    @Test
    void aVolumeFromASnapshotTakesItsSizeAndNoLess() throws Exception {
        Volume v = newVolume(8);
        advance(Duration.ofSeconds(2));
        Snapshot s = ec2.createSnapshot(ctx(), new CreateSnapshotRequest(null, null, v.volumeId(), null, null, null));
        assertEquals("IncorrectState", refused(() -> ec2.createVolume(ctx(), volumeRequest(ZONE, null, null, null, s.snapshotId()))).code());
        advance(Duration.ofSeconds(20));
        assertEquals(8, ec2.createVolume(ctx(), volumeRequest(ZONE, null, null, null, s.snapshotId())).size());
        assertEquals(9, ec2.createVolume(ctx(), volumeRequest(ZONE, 9, null, null, s.snapshotId())).size());
        assertEquals("Volume of size 4GB is smaller than snapshot '" + s.snapshotId() + "', expect size >= 8GB",
                refused(() -> ec2.createVolume(ctx(), volumeRequest(ZONE, 4, null, null, s.snapshotId()))).getMessage());
        Volume fromPublic = ec2.createVolume(ctx(), volumeRequest(ZONE, null, "gp3", null, PUBLIC_SNAPSHOT));
        assertEquals(8, fromPublic.size());
        assertEquals(PUBLIC_SNAPSHOT, fromPublic.snapshotId());
    }

    @Test
    void copyAndDeleteSnapshots() throws Exception {
        Volume v = newVolume(2);
        advance(Duration.ofSeconds(2));
        Snapshot s = ec2.createSnapshot(ctx(), new CreateSnapshotRequest(null, null, v.volumeId(), null, null, null));
        assertEquals("IncorrectState", refused(() -> ec2.copySnapshot(ctx(), new CopySnapshotRequest(null, null, null, null, null, null,
                REGION, s.snapshotId(), null, null, null, null))).code());
        advance(Duration.ofSeconds(20));
        var copy = ec2.copySnapshot(ctx(), new CopySnapshotRequest(null, null, null, null, null, null, REGION, s.snapshotId(),
                List.of(new TagSpecification("snapshot", List.of(new Tag("Copy", "1")))), null, null, null));
        Snapshot pending = snapshot(copy.snapshotId());
        assertEquals("pending", pending.state());
        assertEquals("[Copied " + s.snapshotId() + " from eu-west-1]", pending.description());
        assertEquals(EbsSnapshots.NO_VOLUME, pending.volumeId());
        advance(Duration.ofSeconds(30));
        assertEquals("completed", snapshot(copy.snapshotId()).state());
        JsonNode detail = events(EbsEvents.SNAPSHOT_NOTIFICATION).getLast().detail();
        assertEquals("copySnapshot", detail.path("event").asText());
        assertEquals("arn:aws:ec2:eu-west-1::snapshot/" + s.snapshotId(), detail.path("source").asText());
        assertEquals("InvalidSnapshot.NotFound", refused(() -> ec2.copySnapshot(ctx(), new CopySnapshotRequest(null, null, null, null, null,
                null, "us-east-1", s.snapshotId(), null, null, null, null))).code(), "it is not in that region");

        imagesUsing.put(s.snapshotId(), "ami-0123456789abcdef0");
        assertEquals("The snapshot " + s.snapshotId() + " is currently in use by ami-0123456789abcdef0",
                refused(() -> ec2.deleteSnapshot(ctx(), new DeleteSnapshotRequest(s.snapshotId(), null))).getMessage());
        imagesUsing.clear();
        ec2.deleteSnapshot(ctx(), new DeleteSnapshotRequest(s.snapshotId(), null));
        assertEquals("InvalidSnapshot.NotFound", refused(() -> snapshot(s.snapshotId())).code());
        assertEquals("InvalidSnapshot.NotFound", refused(() -> ec2.deleteSnapshot(ctx(), new DeleteSnapshotRequest(PUBLIC_SNAPSHOT,
                null))).code(), "Amazon's snapshot is not the account's to delete");
    }

    // Volumes at launch, and CreateSnapshots of an instance

    List<InstanceBlockDeviceMapping> launch(String instanceId, List<BlockDeviceMapping> requested, List<TagSpecification> specs) {
        running(instanceId, ZONE);
        List<BlockDeviceMapping> image = List.of(
                new BlockDeviceMapping(new EbsBlockDevice(true, null, PUBLIC_SNAPSHOT, 8, "gp3", null, null, null, null, false, null, null, null),
                        null, "/dev/xvda", null),
                new BlockDeviceMapping(null, null, "/dev/sdb", "ephemeral0"),
                new BlockDeviceMapping(new EbsBlockDevice(null, null, null, 4, "gp2", null, null, null, null, null, null, null, null),
                        null, "/dev/sdc", null));
        return store.write(tx -> ebs.volumes().attachAtLaunch(tx, ACCOUNT, REGION, instanceId, ZONE, image, requested, specs));
    }

    @Test
    void launchOverlaysTheImagesMappingsWithTheRequestsAndAttachesAtOnce() {
        List<InstanceBlockDeviceMapping> devices = launch("i-0123456789abcdef0", List.of(
                new BlockDeviceMapping(new EbsBlockDevice(null, null, null, 30, null, null, null, null, null, null, null, null, null), null,
                        "/dev/xvda", null),
                new BlockDeviceMapping(null, "", "/dev/sdc", null),
                new BlockDeviceMapping(new EbsBlockDevice(false, null, null, 150, "st1", null, null, null, null, null, null, null, null), null,
                        "/dev/sdd", null)),
                List.of(new TagSpecification("volume", List.of(new Tag("App", "web"))), new TagSpecification("instance", List.of())));
        assertEquals(List.of("/dev/xvda", "/dev/sdd"), devices.stream().map(InstanceBlockDeviceMapping::deviceName).toList());
        assertTrue(devices.getFirst().ebs().deleteOnTermination());
        assertEquals("attached", devices.getFirst().ebs().status());
        assertFalse(devices.get(1).ebs().deleteOnTermination());

        Volume root = describe(devices.getFirst().ebs().volumeId());
        assertEquals(30, root.size(), "the request's size over the image's");
        assertEquals(PUBLIC_SNAPSHOT, root.snapshotId(), "the image's snapshot kept");
        assertEquals("gp3", root.volumeType());
        assertEquals("in-use", root.state());
        assertEquals(List.of(new Tag("App", "web")), root.tags());
        assertEquals(2, volumeIds(new Filter("attachment.instance-id", List.of("i-0123456789abcdef0"))).size());

        Map<String, List<InstanceBlockDeviceMapping>> attached = store.read(tx -> ebs.volumes().attachedTo(tx, ACCOUNT, REGION,
                List.of("i-0123456789abcdef0", "i-0123456789abcdef9")));
        assertEquals(Map.of("i-0123456789abcdef0", devices), attached);
        List<String> many = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 1_500).mapToObj(i -> String.format("i-%017x", i + 1)).toList());
        many.add("i-0123456789abcdef0");
        assertEquals(attached, store.read(tx -> ebs.volumes().attachedTo(tx, ACCOUNT, REGION, many)), "read by region when most are asked");

        AwsException small = assertThrows(AwsException.class, () -> launch("i-0123456789abcdef1", List.of(new BlockDeviceMapping(
                new EbsBlockDevice(null, null, null, 4, null, null, null, null, null, null, null, null, null), null, "/dev/xvda", null)), null));
        assertEquals("InvalidBlockDeviceMapping", small.code());
        assertEquals("InvalidSnapshot.NotFound", assertThrows(AwsException.class, () -> launch("i-0123456789abcdef1", List.of(
                new BlockDeviceMapping(new EbsBlockDevice(null, null, "snap-0123456789abcdef0", null, null, null, null, null, null, null, null,
                        null, null), null, "/dev/sdf", null)), null)).code());
    }

    @Test
    void terminationDeletesDeleteOnTerminationVolumesAndDetachesTheRest() throws Exception {
        List<InstanceBlockDeviceMapping> devices = launch("i-0123456789abcdef0", List.of(new BlockDeviceMapping(
                new EbsBlockDevice(false, null, null, 5, null, null, null, null, null, null, null, null, null), null, "/dev/sdf", null)), null);
        Boolean set = store.write(tx -> ebs.volumes().setDeleteOnTermination(tx, "i-0123456789abcdef0", "/dev/sdc", false));
        Boolean none = store.write(tx -> ebs.volumes().setDeleteOnTermination(tx, "i-0123456789abcdef0", "/dev/sdz", false));
        assertTrue(set);
        assertFalse(none, "no volume at that device");
        store.write(tx -> {
            ebs.volumes().instanceTerminated(tx, ACCOUNT, REGION, "i-0123456789abcdef0");
            return null;
        });
        String root = devices.getFirst().ebs().volumeId();
        assertEquals("deleting", describe(root).state());
        advance(Duration.ofSeconds(1));
        assertEquals("InvalidVolume.NotFound", refused(() -> describe(root)).code());
        assertEquals("deleted", events(EbsEvents.VOLUME_NOTIFICATION).getLast().detail().path("result").asText());
        List<String> kept = volumeIds(new Filter("status", List.of("available")));
        assertEquals(2, kept.size(), "/dev/sdc and /dev/sdf are kept, detached");
        assertTrue(store.read(tx -> ebs.volumes().attachedTo(tx, ACCOUNT, REGION, List.of("i-0123456789abcdef0"))).isEmpty());
    }

    @Test
    void aTerminationEndsAnAttachmentBeingDetached() throws Exception {
        running("i-0123456789abcdef0", ZONE);
        String volumeId = newVolumeAvailable(1);
        ec2.attachVolume(ctx(), new AttachVolumeRequest("/dev/sdf", "i-0123456789abcdef0", volumeId, null, null));
        advance(Duration.ofSeconds(1));
        ec2.detachVolume(ctx(), new DetachVolumeRequest(null, null, "i-0123456789abcdef0", volumeId, null));
        store.write(tx -> {
            ebs.volumes().instanceTerminated(tx, ACCOUNT, REGION, "i-0123456789abcdef0");
            return null;
        });
        assertEquals("available", describe(volumeId).state());
        advance(Duration.ofSeconds(1));
        assertEquals("available", describe(volumeId).state(), "the detachment's timer finds nothing left to do");
    }

    @Test
    void createSnapshotsTakesEveryVolumeOfAnInstanceAndReportsTheSetOnce() throws Exception {
        List<InstanceBlockDeviceMapping> devices = launch("i-0123456789abcdef0", null,
                List.of(new TagSpecification("volume", List.of(new Tag("App", "web")))));
        CreateSnapshotsResult all = ec2.createSnapshots(ctx(), new CreateSnapshotsRequest("backup",
                new InstanceSpecification("i-0123456789abcdef0", null, null), null,
                List.of(new TagSpecification("snapshot", List.of(new Tag("Taken", "now")))), null, "volume", null));
        assertEquals(2, all.snapshots().size());
        assertEquals(List.of(new Tag("App", "web"), new Tag("Taken", "now")), all.snapshots().getFirst().tags());

        CreateSnapshotsResult data = ec2.createSnapshots(ctx(), new CreateSnapshotsRequest(null,
                new InstanceSpecification("i-0123456789abcdef0", true, null), null, null, null, null, null));
        assertEquals(List.of(devices.get(1).ebs().volumeId()), data.snapshots().stream().map(s -> s.volumeId()).toList());
        assertNull(data.snapshots().getFirst().tags());

        advance(Duration.ofSeconds(20));
        List<ServiceEvents.Event> sets = events(EbsEvents.MULTI_VOLUME_SNAPSHOTS);
        assertEquals(2, sets.size(), "one per CreateSnapshots call");
        JsonNode first = sets.stream().filter(e -> e.resources().size() == 2).findFirst().orElseThrow().detail();
        assertEquals("createSnapshots", first.path("event").asText());
        assertEquals("succeeded", first.path("result").asText());
        assertEquals(2, first.path("snapshots").size());
        assertEquals("completed", first.path("snapshots").get(0).path("status").asText());
        assertTrue(events(EbsEvents.SNAPSHOT_NOTIFICATION).isEmpty());

        assertEquals("InvalidInstanceID.NotFound", refused(() -> ec2.createSnapshots(ctx(), new CreateSnapshotsRequest(null,
                new InstanceSpecification("i-0123456789abcdef9", null, null), null, null, null, null, null))).code());
        assertEquals("InvalidParameterValue", refused(() -> ec2.createSnapshots(ctx(), new CreateSnapshotsRequest(null,
                new InstanceSpecification("i-0123456789abcdef0", null, null), null, null, null, "instance", null))).code());
    }
}
