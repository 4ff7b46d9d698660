package dev.stratus.ec2;

import dev.stratus.ec2.api.AttachVolumeRequest;
import dev.stratus.ec2.api.AttributeBooleanValue;
import dev.stratus.ec2.api.BlockDeviceMapping;
import dev.stratus.ec2.api.CreateVolumeRequest;
import dev.stratus.ec2.api.DeleteVolumeRequest;
import dev.stratus.ec2.api.DescribeVolumeAttributeRequest;
import dev.stratus.ec2.api.DescribeVolumeAttributeResult;
import dev.stratus.ec2.api.DescribeVolumeStatusRequest;
import dev.stratus.ec2.api.DescribeVolumeStatusResult;
import dev.stratus.ec2.api.DescribeVolumesModificationsRequest;
import dev.stratus.ec2.api.DescribeVolumesModificationsResult;
import dev.stratus.ec2.api.DescribeVolumesRequest;
import dev.stratus.ec2.api.DescribeVolumesResult;
import dev.stratus.ec2.api.DetachVolumeRequest;
import dev.stratus.ec2.api.EbsBlockDevice;
import dev.stratus.ec2.api.EbsInstanceBlockDevice;
import dev.stratus.ec2.api.InstanceBlockDeviceMapping;
import dev.stratus.ec2.api.ModifyVolumeAttributeRequest;
import dev.stratus.ec2.api.ModifyVolumeRequest;
import dev.stratus.ec2.api.ModifyVolumeResult;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.ec2.api.Volume;
import dev.stratus.ec2.api.VolumeAttachment;
import dev.stratus.ec2.api.VolumeModification;
import dev.stratus.ec2.api.VolumeStatusDetails;
import dev.stratus.ec2.api.VolumeStatusInfo;
import dev.stratus.ec2.api.VolumeStatusItem;
import dev.stratus.ec2.EbsRepository.AttachmentRow;
import dev.stratus.ec2.EbsRepository.ModificationRow;
import dev.stratus.ec2.EbsRepository.VolumeRow;
import dev.stratus.platform.Lifecycle;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * EBS volumes: CreateVolume, DescribeVolumes, Attach/Detach/DeleteVolume, ModifyVolume,
 * DescribeVolumeStatus and the volume attribute, and the volumes instances get at launch
 * ({@link Volumes}).
 *
 * <p>A volume's states: {@code creating} → {@code available} by itself ({@link EbsDelays#volumeCreate},
 * "createVolume available" event); {@code available} ⇄ {@code in-use} as its first attachment
 * begins and its last ends; {@code available}, {@code creating} or (DeleteOnTermination) {@code
 * in-use} → {@code deleting} → gone by itself ("deleteVolume deleted" event). An attachment's:
 * {@code attaching} → {@code attached} → {@code detaching} → gone, the timed moves by themselves;
 * an instance's termination ends its attachments at once. Volumes made at launch are attached from
 * the start.
 */
final class EbsVolumes implements Volumes {
    private static final Pattern DEVICE = Pattern.compile(
            "/dev/(sd[a-z]([1-9]|1[0-5])?|xvd[a-z]{1,2}([1-9]|1[0-5])?|hd[a-z]([1-9]|1[0-5])?)|xvd[a-z]{1,2}");
    private static final Set<String> ATTACHABLE_INSTANCE_STATES = Set.of("running", "stopped");

    enum VolumeState {
        CREATING("creating"), AVAILABLE("available"), IN_USE("in-use"), DELETING("deleting"), DELETED("deleted");

        final String value;

        VolumeState(String value) {
            this.value = value;
        }

        static VolumeState of(String value) {
            for (VolumeState s : values()) {
                if (s.value.equals(value)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }

    enum AttachmentState {
        ATTACHING, ATTACHED, DETACHING, DETACHED;

        String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A volume with its attachments and tags: what DescribeVolumes and its filters read. */
    record View(VolumeRow row, List<AttachmentRow> attachments, Map<String, String> tags) {
    }

    private static final Filters<View> FILTERS = Filters.<View>of(View::tags)
            .many("attachment.attach-time", v -> v.attachments().stream().map(a -> Instant.ofEpochMilli(a.attachTime()).toString()).toList())
            .many("attachment.delete-on-termination", v -> v.attachments().stream().map(a -> String.valueOf(a.deleteOnTermination())).toList())
            .many("attachment.device", v -> v.attachments().stream().map(AttachmentRow::device).toList())
            .many("attachment.instance-id", v -> v.attachments().stream().map(AttachmentRow::instanceId).toList())
            .many("attachment.status", v -> v.attachments().stream().map(AttachmentRow::state).toList())
            .one("availability-zone", v -> v.row().availabilityZone())
            .one("create-time", v -> Instant.ofEpochMilli(v.row().createTime()).toString())
            .one("encrypted", v -> v.row().encrypted())
            .one("fast-restored", v -> false)
            .one("multi-attach-enabled", v -> v.row().multiAttach())
            .one("size", v -> v.row().size())
            .one("snapshot-id", v -> v.row().snapshotId())
            .one("status", v -> v.row().state())
            .one("volume-id", v -> v.row().volumeId())
            .one("volume-type", v -> v.row().volumeType())
            .build();

    private static final Filters<VolumeStatusItem> STATUS_FILTERS = Filters.<VolumeStatusItem>of(null)
            .one("availability-zone", VolumeStatusItem::availabilityZone)
            .one("volume-status.status", s -> s.volumeStatus().status())
            .many("volume-status.details-name", s -> s.volumeStatus().details().stream().map(VolumeStatusDetails::name).toList())
            .many("volume-status.details-status", s -> s.volumeStatus().details().stream().map(VolumeStatusDetails::status).toList())
            .build();

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final EbsEvents events;
    private final ResourceTags tags;
    private final EbsDelays delays;
    private final Zones zones;
    private final InstanceLookup instances;
    private final EbsSnapshots snapshots;
    private final Lifecycle<VolumeState> volumes;
    private final Lifecycle<AttachmentState> attachments;

    EbsVolumes(Store store, Clock clock, Timers timers, EbsEvents events, ResourceTags tags, EbsDelays delays, Zones zones,
               InstanceLookup instances, EbsSnapshots snapshots) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.events = events;
        this.tags = tags;
        this.delays = delays;
        this.zones = zones;
        this.instances = instances;
        this.snapshots = snapshots;
        this.volumes = Lifecycle.of("ec2.volume", VolumeState.class)
                .after(VolumeState.CREATING, delays.volumeCreate(), VolumeState.AVAILABLE)
                .allow(VolumeState.CREATING, VolumeState.DELETING)
                .allow(VolumeState.AVAILABLE, VolumeState.IN_USE)
                .allow(VolumeState.IN_USE, VolumeState.AVAILABLE)
                .allow(VolumeState.AVAILABLE, VolumeState.DELETING)
                .allow(VolumeState.IN_USE, VolumeState.DELETING)
                .after(VolumeState.DELETING, delays.volumeDelete(), VolumeState.DELETED)
                .build(timers, clock, new VolumeStates());
        this.attachments = Lifecycle.of("ec2.volume-attachment", AttachmentState.class)
                .after(AttachmentState.ATTACHING, delays.attach(), AttachmentState.ATTACHED)
                .allow(AttachmentState.ATTACHING, AttachmentState.DETACHING)
                .allow(AttachmentState.ATTACHED, AttachmentState.DETACHING)
                .allow(AttachmentState.ATTACHING, AttachmentState.DETACHED)
                .allow(AttachmentState.ATTACHED, AttachmentState.DETACHED)
                .allow(AttachmentState.DETACHING, AttachmentState.DETACHED)
                .after(AttachmentState.DETACHING, delays.detach(), AttachmentState.DETACHED)
                .build(timers, clock, new AttachmentStates());
        tags.register(ResourceType.VOLUME, (tx, account, region, id) -> EbsRepository.volume(tx, account, region, id).isPresent());
    }

    // Operations

    Volume create(RequestContext ctx, CreateVolumeRequest in) {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.VOLUME));
        if (in.kmsKeyId() != null && !Boolean.TRUE.equals(in.encrypted())) {
            throw new AwsException("InvalidParameterDependency", "The parameter KmsKeyId requires the parameter Encrypted to be set.");
        }
        if (in.availabilityZone() == null && in.availabilityZoneId() == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter AvailabilityZone or AvailabilityZoneId");
        }
        if (in.availabilityZone() != null && in.availabilityZoneId() != null) {
            throw new AwsException("InvalidParameterCombination", "Only one of AvailabilityZone or AvailabilityZoneId may be specified");
        }
        if (in.size() == null && in.snapshotId() == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter size or snapshotId");
        }
        Volume made = store.write(tx -> {
            String zone = zone(ctx, in);
            EbsSnapshots.Restorable from = in.snapshotId() == null ? null : snapshots.restorable(tx, ctx.accountId(), ctx.region(), in.snapshotId());
            if (from != null && !from.state().equals("completed")) {
                throw new AwsException("IncorrectState", "Snapshot is in invalid state - " + from.state());
            }
            int size = in.size() != null ? in.size() : from.volumeSize();
            if (from != null && size < from.volumeSize()) {
                throw new AwsException("InvalidParameterValue", "Volume of size " + size + "GB is smaller than snapshot '" + in.snapshotId()
                        + "', expect size >= " + from.volumeSize() + "GB");
            }
            VolumeTypes.Shape shape = VolumeTypes.check(in.volumeType(), size, in.iops(), in.throughput(), Boolean.TRUE.equals(in.multiAttachEnabled()));
            boolean encrypted = Boolean.TRUE.equals(in.encrypted()) || (from != null && from.encrypted());
            String key = !encrypted ? null : in.kmsKeyId() != null ? kmsKeyArn(ctx, in.kmsKeyId())
                    : from != null && from.kmsKeyId() != null ? from.kmsKeyId() : defaultKmsKey(ctx.accountId(), ctx.region());
            VolumeRow row = new VolumeRow(Ec2Ids.next("vol"), ctx.accountId(), ctx.region(), zone, shape.size(), shape.type(), shape.iops(),
                    shape.throughput(), in.snapshotId(), encrypted, key, shape.multiAttach(), VolumeState.CREATING.value, clock.millis(), false,
                    ctx.requestId());
            EbsRepository.insert(tx, row);
            Map<String, String> given = tags.specified(tx, ctx.accountId(), ctx.region(), ResourceType.VOLUME, row.volumeId(), in.tagSpecifications());
            volumes.begin(tx, row.volumeId(), VolumeState.CREATING);
            return volume(new View(row, List.of(), given));
        });
        timers.wake();
        return made;
    }

    DescribeVolumesResult describe(RequestContext ctx, DescribeVolumesRequest in) {
        if (in.volumeIds() != null && !in.volumeIds().isEmpty() && in.maxResults() != null) {
            throw new AwsException("InvalidParameterCombination", "The parameter volumeSet cannot be used with the parameter maxResults");
        }
        Predicate<View> wanted = FILTERS.parse(in.filters());
        List<View> all = store.read(tx -> views(tx, ctx.accountId(), ctx.region(), in.volumeIds()));
        List<View> matching = all.stream().filter(wanted).toList();
        Paging.Page<View> page = Pages.of(ctx, matching, v -> v.row().volumeId(), in.nextToken(), in.maxResults(), 5, 500,
                in.filters(), in.volumeIds());
        return new DescribeVolumesResult(page.nextToken(), page.items().stream().map(EbsVolumes::volume).toList());
    }

    VolumeAttachment attach(RequestContext ctx, AttachVolumeRequest in) {
        if (!DEVICE.matcher(in.device()).matches()) {
            throw new AwsException("InvalidParameterValue", "Value (" + in.device() + ") for parameter device is invalid. "
                    + in.device() + " is not a valid EBS device name.");
        }
        VolumeAttachment done = store.write(tx -> {
            VolumeRow v = existing(tx, ctx, in.volumeId());
            InstanceLookup.Placement instance = instance(tx, ctx, in.instanceId());
            if (!ATTACHABLE_INSTANCE_STATES.contains(instance.state())) {
                throw new AwsException("IncorrectInstanceState", "Instance '" + instance.instanceId() + "' is not 'running'.");
            }
            if (!v.availabilityZone().equals(instance.availabilityZone())) {
                throw new AwsException("InvalidVolume.ZoneMismatch", "The volume '" + v.volumeId()
                        + "' is not in the same availability zone as instance '" + instance.instanceId() + "'");
            }
            List<AttachmentRow> held = EbsRepository.attachmentsOfVolume(tx, v.volumeId());
            boolean free = v.state().equals(VolumeState.AVAILABLE.value)
                    || (v.state().equals(VolumeState.IN_USE.value) && v.multiAttach()
                    && held.stream().noneMatch(a -> a.instanceId().equals(instance.instanceId())));
            if (!free) {
                throw new AwsException("IncorrectState", v.volumeId() + " is not 'available'.");
            }
            for (AttachmentRow a : EbsRepository.attachmentsOfInstance(tx, instance.instanceId())) {
                if (a.device().equals(in.device())) {
                    throw new AwsException("InvalidParameterValue", "Invalid value '" + in.device() + "' for unixDevice. Attachment point "
                            + in.device() + " is already in use");
                }
            }
            AttachmentRow a = new AttachmentRow(v.volumeId(), instance.instanceId(), in.device(), AttachmentState.ATTACHING.value(),
                    clock.millis(), false);
            EbsRepository.attach(tx, ctx.accountId(), ctx.region(), a);
            attachments.begin(tx, attachmentId(a), AttachmentState.ATTACHING);
            if (v.state().equals(VolumeState.AVAILABLE.value)) {
                volumes.move(tx, v.volumeId(), VolumeState.IN_USE);
            }
            return attachment(a, false);
        });
        timers.wake();
        return done;
    }

    VolumeAttachment detach(RequestContext ctx, DetachVolumeRequest in) {
        VolumeAttachment done = store.write(tx -> {
            VolumeRow v = existing(tx, ctx, in.volumeId());
            List<AttachmentRow> held = EbsRepository.attachmentsOfVolume(tx, v.volumeId());
            if (held.isEmpty()) {
                throw new AwsException("IncorrectState", "Volume '" + v.volumeId() + "' is in the '" + v.state() + "' state.");
            }
            AttachmentRow a = held.stream().filter(h -> in.instanceId() == null || h.instanceId().equals(in.instanceId()))
                    .filter(h -> in.device() == null || h.device().equals(in.device()))
                    .findFirst()
                    .orElseThrow(() -> new AwsException("InvalidAttachment.NotFound", "The volume '" + v.volumeId()
                            + "' is not attached to instance '" + (in.instanceId() == null ? held.getFirst().instanceId() : in.instanceId())
                            + "'" + (in.device() == null ? "" : " at '" + in.device() + "'")));
            if (in.instanceId() == null && held.size() > 1) {
                throw new AwsException("InvalidParameterCombination", "The volume '" + v.volumeId()
                        + "' is attached to more than one instance: specify InstanceId");
            }
            if (a.state().equals(AttachmentState.DETACHING.value())) {
                throw new AwsException("IncorrectState", "Volume '" + v.volumeId() + "' is in the 'detaching' state.");
            }
            Optional<InstanceLookup.Placement> instance = instances.find(tx, ctx.accountId(), ctx.region(), a.instanceId());
            if (instance.isPresent() && a.device().equals(instance.get().rootDeviceName())
                    && !instance.get().state().equals("stopped")) {
                throw new AwsException("OperationNotPermitted", "Unable to detach root volume '" + v.volumeId() + "' from instance '"
                        + a.instanceId() + "'");
            }
            attachments.move(tx, attachmentId(a), AttachmentState.DETACHING);
            return attachment(new AttachmentRow(a.volumeId(), a.instanceId(), a.device(), AttachmentState.DETACHING.value(), a.attachTime(),
                    a.deleteOnTermination()), false);
        });
        timers.wake();
        return done;
    }

    void delete(RequestContext ctx, DeleteVolumeRequest in) {
        store.write(tx -> {
            VolumeRow v = existing(tx, ctx, in.volumeId());
            VolumeState state = VolumeState.of(v.state());
            if (state == VolumeState.IN_USE) {
                String instance = EbsRepository.attachmentsOfVolume(tx, v.volumeId()).stream().map(AttachmentRow::instanceId).findFirst().orElse("");
                throw new AwsException("VolumeInUse", "Volume " + v.volumeId() + " is currently attached to " + instance);
            }
            if (state == VolumeState.CREATING || state == VolumeState.AVAILABLE) {
                EbsRepository.setRequestId(tx, v.volumeId(), ctx.requestId());
                volumes.move(tx, v.volumeId(), VolumeState.DELETING);
            }
            return null;
        });
        timers.wake();
    }

    ModifyVolumeResult modify(RequestContext ctx, ModifyVolumeRequest in) {
        if (in.size() == null && in.volumeType() == null && in.iops() == null && in.throughput() == null && in.multiAttachEnabled() == null) {
            throw new AwsException("MissingParameter", "The request must contain at least one of the parameters size, volumeType, iops, "
                    + "throughput or multiAttachEnabled");
        }
        VolumeModification done = store.write(tx -> {
            VolumeRow v = existing(tx, ctx, in.volumeId());
            if (!v.state().equals(VolumeState.AVAILABLE.value) && !v.state().equals(VolumeState.IN_USE.value)) {
                throw new AwsException("IncorrectState", "Volume '" + v.volumeId() + "' is in the '" + v.state() + "' state.");
            }
            ModificationRow earlier = EbsRepository.modifications(tx, ctx.accountId(), ctx.region()).get(v.volumeId());
            if (earlier != null && clock.millis() < earlier.startTime() + delays.modification().toMillis()) {
                throw new AwsException("IncorrectModificationState", "Volume " + v.volumeId()
                        + " is already being modified; wait for the modification to complete before modifying it again.");
            }
            int size = in.size() == null ? v.size() : in.size();
            if (size < v.size()) {
                throw new AwsException("InvalidParameterValue", "New size cannot be smaller than existing size");
            }
            String type = in.volumeType() == null ? v.volumeType() : in.volumeType();
            boolean sameType = type.equals(v.volumeType());
            Integer iops = in.iops() != null ? in.iops() : sameType && !type.equals("gp2") ? v.iops() : null;
            Integer throughput = in.throughput() != null ? in.throughput() : sameType && type.equals("gp3") ? v.throughput() : null;
            boolean multiAttach = in.multiAttachEnabled() == null ? v.multiAttach() && (type.equals("io1") || type.equals("io2"))
                    : in.multiAttachEnabled();
            VolumeTypes.Shape shape = VolumeTypes.check(type, size, iops, throughput, multiAttach);
            ModificationRow m = new ModificationRow(v.volumeId(), v.size(), v.volumeType(), v.iops(), v.throughput(), v.multiAttach(), clock.millis());
            EbsRepository.putModification(tx, ctx.accountId(), ctx.region(), m);
            EbsRepository.setShape(tx, v.volumeId(), shape.size(), shape.type(), shape.iops(), shape.throughput(), shape.multiAttach());
            events.volume(tx, ctx.accountId(), ctx.region(), v.volumeId(), "modifyVolume", "optimizing", ctx.requestId());
            return modification(m, EbsRepository.volume(tx, v.volumeId()).orElseThrow());
        });
        return new ModifyVolumeResult(done);
    }

    DescribeVolumesModificationsResult describeModifications(RequestContext ctx, DescribeVolumesModificationsRequest in) {
        Filters<VolumeModification> filters = Filters.<VolumeModification>of(null)
                .one("volume-id", VolumeModification::volumeId)
                .one("modification-state", VolumeModification::modificationState)
                .one("target-size", VolumeModification::targetSize)
                .one("target-iops", VolumeModification::targetIops)
                .one("target-volume-type", VolumeModification::targetVolumeType)
                .one("target-throughput", VolumeModification::targetThroughput)
                .one("target-multi-attach-enabled", VolumeModification::targetMultiAttachEnabled)
                .one("original-size", VolumeModification::originalSize)
                .one("original-iops", VolumeModification::originalIops)
                .one("original-volume-type", VolumeModification::originalVolumeType)
                .one("original-multi-attach-enabled", VolumeModification::originalMultiAttachEnabled)
                .one("start-time", m -> m.startTime().toString())
                .build();
        Predicate<VolumeModification> wanted = filters.parse(in.filters());
        List<VolumeModification> all = store.read(tx -> {
            if (in.volumeIds() != null) {
                for (String id : in.volumeIds()) {
                    existing(tx, ctx, id);
                }
            }
            Map<String, ModificationRow> mods = EbsRepository.modifications(tx, ctx.accountId(), ctx.region());
            List<VolumeModification> out = new ArrayList<>();
            for (ModificationRow m : mods.values()) {
                if (in.volumeIds() == null || in.volumeIds().isEmpty() || in.volumeIds().contains(m.volumeId())) {
                    out.add(modification(m, EbsRepository.volume(tx, m.volumeId()).orElseThrow()));
                }
            }
            return out;
        });
        Paging.Page<VolumeModification> page = Pages.of(ctx, all.stream().filter(wanted).toList(), VolumeModification::volumeId,
                in.nextToken(), in.maxResults(), 5, 500, in.filters(), in.volumeIds());
        return new DescribeVolumesModificationsResult(page.nextToken(), page.items());
    }

    DescribeVolumeStatusResult describeStatus(RequestContext ctx, DescribeVolumeStatusRequest in) {
        Predicate<VolumeStatusItem> wanted = STATUS_FILTERS.parse(in.filters());
        List<View> all = store.read(tx -> views(tx, ctx.accountId(), ctx.region(), in.volumeIds()));
        List<VolumeStatusItem> items = all.stream().map(EbsVolumes::status).filter(wanted).toList();
        Paging.Page<VolumeStatusItem> page = Pages.of(ctx, items, VolumeStatusItem::volumeId, in.nextToken(), in.maxResults(), 5, 1000,
                in.filters(), in.volumeIds());
        return new DescribeVolumeStatusResult(page.nextToken(), page.items());
    }

    void modifyAttribute(RequestContext ctx, ModifyVolumeAttributeRequest in) {
        if (in.autoEnableIO() == null || in.autoEnableIO().value() == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter autoEnableIO");
        }
        store.write(tx -> {
            existing(tx, ctx, in.volumeId());
            EbsRepository.setAutoEnableIo(tx, in.volumeId(), in.autoEnableIO().value());
            return null;
        });
    }

    DescribeVolumeAttributeResult describeAttribute(RequestContext ctx, DescribeVolumeAttributeRequest in) {
        VolumeRow v = store.read(tx -> existing(tx, ctx, in.volumeId()));
        return switch (in.attribute()) {
            case "autoEnableIO" -> new DescribeVolumeAttributeResult(new AttributeBooleanValue(v.autoEnableIo()), null, v.volumeId());
            case "productCodes" -> new DescribeVolumeAttributeResult(null, List.of(), v.volumeId());
            default -> throw new AwsException("InvalidParameterValue", "Value (" + in.attribute() + ") for parameter attribute is invalid. "
                    + "Unknown attribute.");
        };
    }

    /** ModifyInstanceAttribute's BlockDeviceMapping: sets DeleteOnTermination of the volume at {@code device}; false when none is there. */
    boolean setDeleteOnTermination(Tx tx, String instanceId, String device, boolean deleteOnTermination) throws SQLException {
        return EbsRepository.setDeleteOnTermination(tx, instanceId, device, deleteOnTermination) > 0;
    }

    // Volumes, as instances use them

    @Override
    public List<InstanceBlockDeviceMapping> attachAtLaunch(Tx tx, String account, String region, String instanceId, String availabilityZone,
                                                           List<BlockDeviceMapping> imageMappings, List<BlockDeviceMapping> requested,
                                                           List<TagSpecification> tagSpecifications) throws SQLException {
        Map<String, EbsBlockDevice> merged = merge(imageMappings, requested);
        // An image's own mappings name their snapshots' sizes: a public snapshot EBS does not hold is taken at the image's word.
        Map<String, Integer> fromImage = new HashMap<>();
        if (imageMappings != null) {
            imageMappings.stream().filter(m -> m.ebs() != null && m.ebs().snapshotId() != null && m.ebs().volumeSize() != null)
                    .forEach(m -> fromImage.put(m.ebs().snapshotId(), m.ebs().volumeSize()));
        }
        List<VolumeRow> made = new ArrayList<>();
        List<Boolean> deleteOnTermination = new ArrayList<>();
        List<String> devices = new ArrayList<>();
        for (Map.Entry<String, EbsBlockDevice> e : merged.entrySet()) {
            EbsBlockDevice ebs = e.getValue();
            Integer snapshotSize = null;
            boolean snapshotEncrypted = false;
            String snapshotKey = null;
            if (ebs.snapshotId() != null) {
                Optional<EbsSnapshots.Restorable> known = snapshots.find(tx, account, region, ebs.snapshotId());
                if (known.isPresent()) {
                    snapshotSize = known.get().volumeSize();
                    snapshotEncrypted = known.get().encrypted();
                    snapshotKey = known.get().kmsKeyId();
                } else if (fromImage.containsKey(ebs.snapshotId())) {
                    snapshotSize = fromImage.get(ebs.snapshotId());
                } else {
                    throw ResourceType.SNAPSHOT.notFound(ebs.snapshotId());
                }
            }
            Integer size = ebs.volumeSize() != null ? ebs.volumeSize() : snapshotSize;
            if (size == null) {
                throw new AwsException("InvalidBlockDeviceMapping", "Volume size must be specified for device " + e.getKey()
                        + " when no snapshot is given");
            }
            if (snapshotSize != null && size < snapshotSize) {
                throw new AwsException("InvalidBlockDeviceMapping", "Volume of size " + size + "GB is smaller than snapshot '"
                        + ebs.snapshotId() + "', expect size >= " + snapshotSize + "GB");
            }
            VolumeTypes.Shape shape = VolumeTypes.check(ebs.volumeType(), size, ebs.iops(), ebs.throughput(), false);
            boolean encrypted = Boolean.TRUE.equals(ebs.encrypted()) || snapshotEncrypted;
            String key = !encrypted ? null : ebs.kmsKeyId() != null ? ebs.kmsKeyId() : snapshotKey != null ? snapshotKey
                    : defaultKmsKey(account, region);
            made.add(new VolumeRow(Ec2Ids.next("vol"), account, region, availabilityZone, shape.size(), shape.type(), shape.iops(),
                    shape.throughput(), ebs.snapshotId(), encrypted, key, false, VolumeState.IN_USE.value, clock.millis(), false, ""));
            deleteOnTermination.add(ebs.deleteOnTermination() == null || ebs.deleteOnTermination());
            devices.add(e.getKey());
        }
        List<InstanceBlockDeviceMapping> out = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            VolumeRow v = made.get(i);
            EbsRepository.insert(tx, v);
            tags.specified(tx, account, region, ResourceType.VOLUME, v.volumeId(), tagSpecifications);
            AttachmentRow a = new AttachmentRow(v.volumeId(), instanceId, devices.get(i), AttachmentState.ATTACHED.value(), v.createTime(),
                    deleteOnTermination.get(i));
            EbsRepository.attach(tx, account, region, a);
            out.add(blockDevice(a));
        }
        return out;
    }

    /** How many instances asked about make reading every attachment of the region cheaper than looking each instance up. */
    private static final int WHOLE_REGION_ABOVE = 1_000;

    @Override
    public Map<String, List<InstanceBlockDeviceMapping>> attachedTo(Tx tx, String account, String region, List<String> instanceIds)
            throws SQLException {
        Set<String> wanted = Set.copyOf(instanceIds);
        List<AttachmentRow> held = instanceIds.size() > WHOLE_REGION_ABOVE
                ? EbsRepository.attachments(tx, account, region).values().stream().flatMap(List::stream).toList()
                : EbsRepository.attachmentsOfInstances(tx, List.copyOf(wanted));
        Map<String, List<InstanceBlockDeviceMapping>> out = new LinkedHashMap<>();
        for (AttachmentRow a : held) {
            if (wanted.contains(a.instanceId())) {
                out.computeIfAbsent(a.instanceId(), k -> new ArrayList<>()).add(blockDevice(a));
            }
        }
        return out;
    }

    @Override
    public void instanceTerminated(Tx tx, String account, String region, String instanceId) throws SQLException {
        for (AttachmentRow a : EbsRepository.attachmentsOfInstance(tx, instanceId)) {
            boolean lastAttachment = EbsRepository.attachmentsOfVolume(tx, a.volumeId()).size() == 1;
            if (a.deleteOnTermination() && lastAttachment) {
                EbsRepository.detach(tx, a.volumeId(), instanceId);
                EbsRepository.setRequestId(tx, a.volumeId(), "");
                volumes.move(tx, a.volumeId(), VolumeState.DELETING);
            } else {
                attachments.move(tx, attachmentId(a), AttachmentState.DETACHED);
            }
        }
        tx.afterCommit(timers::wake);
    }

    /**
     * The image's mappings by device name, each replaced by a request's mapping of the same name
     * (the request's EBS settings over the image's, so a size alone keeps the image's snapshot) or
     * removed by its {@code NoDevice}, then the request's other mappings; instance-store mappings
     * ({@code VirtualName}) make no volume.
     */
    static Map<String, EbsBlockDevice> merge(List<BlockDeviceMapping> image, List<BlockDeviceMapping> requested) {
        Map<String, EbsBlockDevice> out = new LinkedHashMap<>();
        for (BlockDeviceMapping m : image == null ? List.<BlockDeviceMapping>of() : image) {
            if (m.ebs() != null && m.noDevice() == null) {
                out.put(m.deviceName(), m.ebs());
            }
        }
        for (BlockDeviceMapping m : requested == null ? List.<BlockDeviceMapping>of() : requested) {
            if (m.deviceName() == null) {
                throw new AwsException("MissingParameter", "The request must contain the parameter BlockDeviceMapping.DeviceName");
            }
            if (m.noDevice() != null) {
                out.remove(m.deviceName());
            } else if (m.ebs() != null) {
                EbsBlockDevice base = out.get(m.deviceName());
                out.put(m.deviceName(), base == null ? m.ebs() : overlay(base, m.ebs()));
            } else if (m.virtualName() == null) {
                throw new AwsException("InvalidBlockDeviceMapping", "The block device mapping for " + m.deviceName()
                        + " must specify Ebs, NoDevice or VirtualName");
            } else {
                out.remove(m.deviceName());
            }
        }
        return out;
    }

    private static EbsBlockDevice overlay(EbsBlockDevice base, EbsBlockDevice over) {
        boolean typeChanged = over.volumeType() != null && !over.volumeType().equals(base.volumeType());
        return new EbsBlockDevice(
                over.deleteOnTermination() != null ? over.deleteOnTermination() : base.deleteOnTermination(),
                over.iops() != null ? over.iops() : typeChanged ? null : base.iops(),
                over.snapshotId() != null ? over.snapshotId() : base.snapshotId(),
                over.volumeSize() != null ? over.volumeSize() : base.volumeSize(),
                over.volumeType() != null ? over.volumeType() : base.volumeType(),
                over.kmsKeyId() != null ? over.kmsKeyId() : base.kmsKeyId(),
                over.throughput() != null ? over.throughput() : typeChanged ? null : base.throughput(),
                null, null,
                over.encrypted() != null ? over.encrypted() : base.encrypted(),
                null, null, null);
    }

    // Reading

    private List<View> views(Tx tx, String account, String region, List<String> ids) throws SQLException {
        Map<String, List<AttachmentRow>> held = EbsRepository.attachments(tx, account, region);
        Map<String, Map<String, String>> tagged = tags.ofKind(tx, account, region, ResourceType.VOLUME);
        List<VolumeRow> rows = EbsRepository.volumes(tx, account, region);
        if (ids != null && !ids.isEmpty()) {
            Map<String, VolumeRow> byId = new HashMap<>();
            rows.forEach(r -> byId.put(r.volumeId(), r));
            List<VolumeRow> named = new ArrayList<>();
            for (String id : ids) {
                checkId(id);
                VolumeRow r = byId.get(id);
                if (r == null) {
                    throw ResourceType.VOLUME.notFound(id);
                }
                if (!named.contains(r)) {
                    named.add(r);
                }
            }
            rows = named.stream().sorted((a, b) -> a.volumeId().compareTo(b.volumeId())).toList();
        }
        List<View> out = new ArrayList<>();
        for (VolumeRow r : rows) {
            out.add(new View(r, held.getOrDefault(r.volumeId(), List.of()), tagged.getOrDefault(r.volumeId(), Map.of())));
        }
        return out;
    }

    private VolumeRow existing(Tx tx, RequestContext ctx, String volumeId) throws SQLException {
        checkId(volumeId);
        return EbsRepository.volume(tx, ctx.accountId(), ctx.region(), volumeId).orElseThrow(() -> ResourceType.VOLUME.notFound(volumeId));
    }

    private InstanceLookup.Placement instance(Tx tx, RequestContext ctx, String instanceId) throws SQLException {
        if (ResourceType.ofId(instanceId).filter(t -> t == ResourceType.INSTANCE).isEmpty()) {
            throw new AwsException("InvalidInstanceID.Malformed", "Invalid id: \"" + instanceId + "\" (expecting \"i-...\")");
        }
        return instances.find(tx, ctx.accountId(), ctx.region(), instanceId).orElseThrow(() -> ResourceType.INSTANCE.notFound(instanceId));
    }

    static void checkId(String volumeId) {
        if (ResourceType.ofId(volumeId).filter(t -> t == ResourceType.VOLUME).isEmpty()) {
            throw new AwsException("InvalidVolumeID.Malformed", "Invalid id: \"" + volumeId + "\" (expecting \"vol-...\")");
        }
    }

    private String zone(RequestContext ctx, CreateVolumeRequest in) {
        return zones.find(ctx.region(), in.availabilityZone(), in.availabilityZoneId()).orElseThrow(() -> in.availabilityZone() != null
                ? new AwsException("InvalidZone.NotFound", "The zone '" + in.availabilityZone() + "' does not exist.")
                : new AwsException("InvalidZone.NotFound", "The zone ID '" + in.availabilityZoneId() + "' does not exist."));
    }

    /**
     * The key a volume is encrypted with when none is named: AWS's managed key for EBS ({@code
     * alias/aws/ebs}). Stratus names one key per account and region without making it in KMS,
     * whose AWS managed keys do not include EBS's.
     */
    static String defaultKmsKey(String account, String region) {
        UUID id = UUID.nameUUIDFromBytes(("alias/aws/ebs " + account + " " + region).getBytes(StandardCharsets.UTF_8));
        return dev.stratus.platform.Arn.of("kms", region, account, "key/" + id).toString();
    }

    private static String kmsKeyArn(RequestContext ctx, String keyId) {
        if (keyId.startsWith("arn:")) {
            return keyId;
        }
        return dev.stratus.platform.Arn.of("kms", ctx.region(), ctx.accountId(), keyId.startsWith("alias/") ? keyId : "key/" + keyId).toString();
    }

    // Writing the answers

    static Volume volume(View v) {
        VolumeRow r = v.row();
        List<VolumeAttachment> attached = v.attachments().stream().map(a -> attachment(a, true)).toList();
        return new Volume(null, null, null, r.iops(), ResourceTags.tagSet(v.tags()), r.volumeType(), null, r.multiAttach(), r.throughput(),
                null, null, null, r.volumeId(), r.size(), r.snapshotId() == null ? "" : r.snapshotId(), r.availabilityZone(), r.state(),
                Instant.ofEpochMilli(r.createTime()), attached, r.encrypted(), r.kmsKeyId());
    }

    private static VolumeAttachment attachment(AttachmentRow a, boolean withDeleteOnTermination) {
        return new VolumeAttachment(withDeleteOnTermination ? a.deleteOnTermination() : null, null, null, null, a.volumeId(), a.instanceId(),
                a.device(), a.state(), Instant.ofEpochMilli(a.attachTime()));
    }

    private static InstanceBlockDeviceMapping blockDevice(AttachmentRow a) {
        return new InstanceBlockDeviceMapping(a.device(), new EbsInstanceBlockDevice(Instant.ofEpochMilli(a.attachTime()),
                a.deleteOnTermination(), a.state(), a.volumeId(), null, null, null, null));
    }

    private static VolumeStatusItem status(View v) {
        boolean ready = !v.row().state().equals(VolumeState.CREATING.value);
        String performance = v.row().volumeType().startsWith("io") ? "normal" : "not-applicable";
        VolumeStatusInfo info = new VolumeStatusInfo(List.of(
                new VolumeStatusDetails("io-enabled", ready ? "passed" : "insufficient-data"),
                new VolumeStatusDetails("io-performance", performance)), ready ? "ok" : "insufficient-data");
        return new VolumeStatusItem(List.of(), v.row().availabilityZone(), null, List.of(), v.row().volumeId(), info, null, null, null, null);
    }

    private VolumeModification modification(ModificationRow m, VolumeRow now) {
        long end = m.startTime() + delays.modification().toMillis();
        boolean done = clock.millis() >= end;
        long progress = done ? 100 : Math.min(99, (clock.millis() - m.startTime()) * 100 / Math.max(1, delays.modification().toMillis()));
        return new VolumeModification(m.volumeId(), done ? "completed" : "optimizing", null, now.size(), now.iops(), now.volumeType(),
                now.throughput(), now.multiAttach(), m.originalSize(), m.originalIops(), m.originalType(), m.originalThroughput(),
                m.originalMultiAttach(), progress, Instant.ofEpochMilli(m.startTime()), done ? Instant.ofEpochMilli(end) : null, null);
    }

    private static String attachmentId(AttachmentRow a) {
        return a.volumeId() + "/" + a.instanceId();
    }

    // States

    private final class VolumeStates implements Lifecycle.States<VolumeState> {
        @Override
        public VolumeState current(Tx tx, String id) throws SQLException {
            return EbsRepository.volume(tx, id).map(v -> VolumeState.of(v.state())).orElse(null);
        }

        @Override
        public void enter(Tx tx, String id, VolumeState from, VolumeState to) throws SQLException {
            Optional<VolumeRow> v = EbsRepository.volume(tx, id);
            if (v.isEmpty() || from == null) {
                return;
            }
            VolumeRow row = v.get();
            if (to == VolumeState.DELETED) {
                EbsRepository.deleteVolume(tx, id);
                tags.forget(tx, row.account(), row.region(), id);
                events.volume(tx, row.account(), row.region(), id, "deleteVolume", "deleted", row.requestId());
                return;
            }
            EbsRepository.setState(tx, id, to.value);
            if (from == VolumeState.CREATING && to == VolumeState.AVAILABLE) {
                events.volume(tx, row.account(), row.region(), id, "createVolume", "available", row.requestId());
            }
        }
    }

    private final class AttachmentStates implements Lifecycle.States<AttachmentState> {
        @Override
        public AttachmentState current(Tx tx, String id) throws SQLException {
            String[] ids = id.split("/", 2);
            return EbsRepository.attachmentsOfVolume(tx, ids[0]).stream().filter(a -> a.instanceId().equals(ids[1]))
                    .map(a -> AttachmentState.valueOf(a.state().toUpperCase(java.util.Locale.ROOT))).findFirst().orElse(null);
        }

        @Override
        public void enter(Tx tx, String id, AttachmentState from, AttachmentState to) throws SQLException {
            if (from == null) {
                return;
            }
            String[] ids = id.split("/", 2);
            if (to != AttachmentState.DETACHED) {
                EbsRepository.setAttachmentState(tx, ids[0], ids[1], to.value());
                return;
            }
            EbsRepository.detach(tx, ids[0], ids[1]);
            if (EbsRepository.attachmentsOfVolume(tx, ids[0]).isEmpty()
                    && EbsRepository.volume(tx, ids[0]).filter(v -> v.state().equals(VolumeState.IN_USE.value)).isPresent()) {
                volumes.move(tx, ids[0], VolumeState.AVAILABLE);
            }
        }
    }
}
