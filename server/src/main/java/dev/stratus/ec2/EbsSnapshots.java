package dev.stratus.ec2;

import dev.stratus.ec2.api.CopySnapshotRequest;
import dev.stratus.ec2.api.CopySnapshotResult;
import dev.stratus.ec2.api.CreateSnapshotRequest;
import dev.stratus.ec2.api.CreateSnapshotsRequest;
import dev.stratus.ec2.api.CreateSnapshotsResult;
import dev.stratus.ec2.api.CreateVolumePermission;
import dev.stratus.ec2.api.DeleteSnapshotRequest;
import dev.stratus.ec2.api.DescribeSnapshotAttributeRequest;
import dev.stratus.ec2.api.DescribeSnapshotAttributeResult;
import dev.stratus.ec2.api.DescribeSnapshotsRequest;
import dev.stratus.ec2.api.DescribeSnapshotsResult;
import dev.stratus.ec2.api.ModifySnapshotAttributeRequest;
import dev.stratus.ec2.api.ResetSnapshotAttributeRequest;
import dev.stratus.ec2.api.Snapshot;
import dev.stratus.ec2.api.SnapshotInfo;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.ec2.EbsRepository.AttachmentRow;
import dev.stratus.ec2.EbsRepository.SnapshotRow;
import dev.stratus.ec2.EbsRepository.VolumeRow;
import dev.stratus.platform.Lifecycle;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * EBS snapshots: CreateSnapshot, CreateSnapshots (every volume of an instance), CopySnapshot,
 * DescribeSnapshots, DeleteSnapshot and the {@code createVolumePermission} attribute, which shares
 * a snapshot with other accounts or everyone; and the snapshots a volume may be made from (the
 * account's, those shared with it, and the public ones behind the built-in images).
 *
 * <p>A snapshot's states: {@code pending} (its progress rising with the time spent) → {@code
 * completed} by itself after {@link EbsDelays#snapshot} ({@link EbsDelays#copy} for a copy), which
 * sends its event: "EBS Snapshot Notification" for CreateSnapshot and CopySnapshot, and once every
 * snapshot of a CreateSnapshots set is done, "EBS Multi-Volume Snapshots Completion Status".
 */
final class EbsSnapshots {
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
    /** What AWS shows as the volume of a snapshot it copied or owns publicly. */
    static final String NO_VOLUME = "vol-ffffffff";
    private static final Instant BUILT_IN_TIME = Instant.parse("2026-01-01T00:00:00Z");

    enum SnapshotState { PENDING, COPYING, COMPLETED }

    /** A snapshot a volume may be made from, as CreateVolume and block device mappings need it. */
    record Restorable(String snapshotId, int volumeSize, boolean encrypted, String kmsKeyId, String state) {
    }

    /** A snapshot as DescribeSnapshots shows it: with the tags the asking account gave it, and its owner's alias. */
    record View(SnapshotRow row, Map<String, String> tags, String ownerAlias) {
    }

    private final Filters<View> filters;
    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final EbsEvents events;
    private final ResourceTags tags;
    private final EbsDelays delays;
    private final InstanceLookup instances;
    private final ImageSnapshots images;
    private final Lifecycle<SnapshotState> lifecycle;

    EbsSnapshots(Store store, Clock clock, Timers timers, EbsEvents events, ResourceTags tags, EbsDelays delays, InstanceLookup instances,
                 ImageSnapshots images) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.events = events;
        this.tags = tags;
        this.delays = delays;
        this.instances = instances;
        this.images = images;
        this.lifecycle = Lifecycle.of("ec2.snapshot", SnapshotState.class)
                .after(SnapshotState.PENDING, delays.snapshot(), SnapshotState.COMPLETED)
                .after(SnapshotState.COPYING, delays.copy(), SnapshotState.COMPLETED)
                .build(timers, clock, new States());
        this.filters = Filters.<View>of(View::tags)
                .one("description", v -> v.row().description())
                .one("encrypted", v -> v.row().encrypted())
                .one("owner-alias", View::ownerAlias)
                .one("owner-id", v -> v.row().account())
                .one("progress", this::progress)
                .one("snapshot-id", v -> v.row().snapshotId())
                .one("start-time", v -> Instant.ofEpochMilli(v.row().startTime()).toString())
                .one("status", v -> v.row().state())
                .one("storage-tier", v -> "standard")
                .one("volume-id", v -> v.row().volumeId())
                .one("volume-size", v -> v.row().volumeSize())
                .build();
        tags.register(ResourceType.SNAPSHOT, (tx, account, region, id) -> find(tx, account, region, id).isPresent());
    }

    // Operations

    Snapshot create(RequestContext ctx, CreateSnapshotRequest in) {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.SNAPSHOT));
        checkDescription(in.description());
        Snapshot made = store.write(tx -> {
            EbsVolumes.checkId(in.volumeId());
            VolumeRow v = EbsRepository.volume(tx, ctx.accountId(), ctx.region(), in.volumeId())
                    .orElseThrow(() -> ResourceType.VOLUME.notFound(in.volumeId()));
            if (!v.state().equals("available") && !v.state().equals("in-use")) {
                throw new AwsException("IncorrectState", "The volume '" + v.volumeId() + "' is in the '" + v.state() + "' state.");
            }
            SnapshotRow s = take(tx, ctx, v, in.description(), "createSnapshot", null);
            Map<String, String> given = tags.specified(tx, ctx.accountId(), ctx.region(), ResourceType.SNAPSHOT, s.snapshotId(),
                    in.tagSpecifications());
            return snapshot(new View(s, given, null));
        });
        timers.wake();
        return made;
    }

    CreateSnapshotsResult createMany(RequestContext ctx, CreateSnapshotsRequest in) {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.SNAPSHOT));
        checkDescription(in.description());
        String copyTags = in.copyTagsFromSource();
        if (copyTags != null && !copyTags.equals("volume")) {
            throw new AwsException("InvalidParameterValue", "Value (" + copyTags + ") for parameter copyTagsFromSource is invalid. "
                    + "Valid values: volume");
        }
        String instanceId = in.instanceSpecification().instanceId();
        if (instanceId == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter InstanceSpecification.InstanceId");
        }
        CreateSnapshotsResult made = store.write(tx -> {
            if (ResourceType.ofId(instanceId).filter(t -> t == ResourceType.INSTANCE).isEmpty()) {
                throw new AwsException("InvalidInstanceID.Malformed", "Invalid id: \"" + instanceId + "\" (expecting \"i-...\")");
            }
            InstanceLookup.Placement instance = instances.find(tx, ctx.accountId(), ctx.region(), instanceId)
                    .orElseThrow(() -> ResourceType.INSTANCE.notFound(instanceId));
            List<AttachmentRow> attached = EbsRepository.attachmentsOfInstance(tx, instanceId);
            Set<String> excluded = new HashSet<>(in.instanceSpecification().excludeDataVolumeIds() == null ? List.of()
                    : in.instanceSpecification().excludeDataVolumeIds());
            for (String id : excluded) {
                EbsVolumes.checkId(id);
                if (attached.stream().noneMatch(a -> a.volumeId().equals(id))) {
                    throw new AwsException("InvalidParameterValue", "The volume " + id + " is not attached to instance " + instanceId);
                }
                if (attached.stream().anyMatch(a -> a.volumeId().equals(id) && a.device().equals(instance.rootDeviceName()))) {
                    throw new AwsException("InvalidParameterValue", "The root volume " + id
                            + " cannot be excluded with ExcludeDataVolumeIds; use ExcludeBootVolume");
                }
            }
            boolean excludeBoot = Boolean.TRUE.equals(in.instanceSpecification().excludeBootVolume());
            String batch = "cs-" + ctx.requestId();
            List<SnapshotInfo> out = new ArrayList<>();
            for (AttachmentRow a : attached) {
                boolean boot = a.device().equals(instance.rootDeviceName());
                if ((boot && excludeBoot) || excluded.contains(a.volumeId())) {
                    continue;
                }
                VolumeRow v = EbsRepository.volume(tx, a.volumeId()).orElseThrow();
                SnapshotRow s = take(tx, ctx, v, in.description(), "createSnapshots", batch);
                Map<String, String> given = new LinkedHashMap<>();
                if (copyTags != null) {
                    tags.of(tx, ctx.accountId(), ctx.region(), v.volumeId()).forEach((k, val) -> {
                        if (!k.startsWith("aws:")) {
                            given.put(k, val);
                        }
                    });
                }
                given.putAll(specifiedFor(in.tagSpecifications()));
                Tags.put(tx, ResourceType.SNAPSHOT.tagArn(ctx.region(), ctx.accountId(), s.snapshotId()), given, ResourceTags.RULES);
                out.add(new SnapshotInfo(s.description(), ResourceTags.tagSet(given), s.encrypted(), s.volumeId(), s.state(), s.volumeSize(),
                        Instant.ofEpochMilli(s.startTime()), progress(new View(s, given, null)), s.account(), s.snapshotId(), null, null, null));
            }
            if (out.isEmpty()) {
                throw new AwsException("InvalidParameterValue", "The instance " + instanceId + " has no volumes to snapshot");
            }
            return new CreateSnapshotsResult(out);
        });
        timers.wake();
        return made;
    }

    CopySnapshotResult copy(RequestContext ctx, CopySnapshotRequest in) {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.SNAPSHOT));
        checkDescription(in.description());
        if (in.kmsKeyId() != null && !Boolean.TRUE.equals(in.encrypted())) {
            throw new AwsException("InvalidParameterDependency", "The parameter KmsKeyId requires the parameter Encrypted to be set.");
        }
        if (in.destinationRegion() != null && !in.destinationRegion().equals(ctx.region())) {
            throw new AwsException("InvalidParameterValue", "Value (" + in.destinationRegion() + ") for parameter destinationRegion is invalid. "
                    + "The copy is made in the region the request is sent to (" + ctx.region() + ").");
        }
        CopySnapshotResult made = store.write(tx -> {
            checkId(in.sourceSnapshotId());
            Restorable source = find(tx, ctx.accountId(), in.sourceRegion(), in.sourceSnapshotId())
                    .orElseThrow(() -> ResourceType.SNAPSHOT.notFound(in.sourceSnapshotId()));
            if (!source.state().equals("completed")) {
                throw new AwsException("IncorrectState", "Snapshot is in invalid state - " + source.state());
            }
            boolean encrypted = Boolean.TRUE.equals(in.encrypted()) || source.encrypted();
            String key = !encrypted ? null : in.kmsKeyId() != null ? in.kmsKeyId() : source.kmsKeyId();
            String description = in.description() != null ? in.description()
                    : "[Copied " + source.snapshotId() + " from " + in.sourceRegion() + "]";
            SnapshotRow s = new SnapshotRow(Ec2Ids.next("snap"), ctx.accountId(), ctx.region(), NO_VOLUME, source.volumeSize(), description,
                    "pending", clock.millis(), null, encrypted, key, "copySnapshot",
                    EbsEvents.snapshotArn(in.sourceRegion(), source.snapshotId()), null);
            EbsRepository.insert(tx, s);
            lifecycle.begin(tx, s.snapshotId(), SnapshotState.COPYING);
            Map<String, String> given = tags.specified(tx, ctx.accountId(), ctx.region(), ResourceType.SNAPSHOT, s.snapshotId(),
                    in.tagSpecifications());
            return new CopySnapshotResult(ResourceTags.tagSet(given), s.snapshotId());
        });
        timers.wake();
        return made;
    }

    DescribeSnapshotsResult describe(RequestContext ctx, DescribeSnapshotsRequest in) {
        boolean named = in.snapshotIds() != null && !in.snapshotIds().isEmpty();
        if (named && in.maxResults() != null) {
            throw new AwsException("InvalidParameterCombination", "The parameter snapshotSet cannot be used with the parameter maxResults");
        }
        Predicate<View> wanted = filters.parse(in.filters());
        Set<String> owners = owners(ctx, in.ownerIds());
        Set<String> restorers = restorers(ctx, in.restorableByUserIds());
        List<View> all = store.read(tx -> {
            List<View> visible = visible(tx, ctx.accountId(), ctx.region());
            if (named) {
                Map<String, View> byId = new LinkedHashMap<>();
                visible.forEach(v -> byId.put(v.row().snapshotId(), v));
                Set<String> ids = new LinkedHashSet<>();
                for (String id : in.snapshotIds()) {
                    checkId(id);
                    if (!byId.containsKey(id)) {
                        throw ResourceType.SNAPSHOT.notFound(id);
                    }
                    ids.add(id);
                }
                visible = visible.stream().filter(v -> ids.contains(v.row().snapshotId())).toList();
            }
            List<View> out = new ArrayList<>();
            for (View v : visible) {
                if ((owners == null || owners.contains(v.row().account()) || owners.contains(v.ownerAlias()))
                        && (restorers == null || restorableBy(tx, v, restorers))) {
                    out.add(v);
                }
            }
            return out;
        });
        Paging.Page<View> page = Pages.of(ctx, all.stream().filter(wanted).toList(), v -> v.row().snapshotId(), in.nextToken(),
                in.maxResults(), 5, 1000, in.filters(), in.snapshotIds(), in.ownerIds(), in.restorableByUserIds());
        return new DescribeSnapshotsResult(page.nextToken(), page.items().stream().map(this::snapshot).toList());
    }

    void delete(RequestContext ctx, DeleteSnapshotRequest in) {
        store.write(tx -> {
            SnapshotRow s = owned(tx, ctx, in.snapshotId());
            Optional<String> image = images.imageUsing(tx, ctx.accountId(), ctx.region(), s.snapshotId());
            if (image.isPresent()) {
                throw new AwsException("InvalidSnapshot.InUse", "The snapshot " + s.snapshotId() + " is currently in use by " + image.get());
            }
            EbsRepository.deleteSnapshot(tx, s.snapshotId());
            tags.forget(tx, ctx.accountId(), ctx.region(), s.snapshotId());
            return null;
        });
    }

    void modifyAttribute(RequestContext ctx, ModifySnapshotAttributeRequest in) {
        if (in.attribute() != null && !in.attribute().equals("createVolumePermission")) {
            throw new AwsException("InvalidParameterValue", "Value (" + in.attribute() + ") for parameter attribute is invalid. "
                    + "Only createVolumePermission can be modified.");
        }
        Set<String> add = new LinkedHashSet<>();
        Set<String> remove = new LinkedHashSet<>();
        if (in.createVolumePermission() != null) {
            permissions(in.createVolumePermission().add(), add);
            permissions(in.createVolumePermission().remove(), remove);
        }
        if (in.operationType() != null || in.userIds() != null || in.groupNames() != null) {
            if (in.operationType() == null) {
                throw new AwsException("MissingParameter", "The request must contain the parameter operationType");
            }
            if (!in.operationType().equals("add") && !in.operationType().equals("remove")) {
                throw new AwsException("InvalidParameterValue", "Value (" + in.operationType() + ") for parameter operationType is invalid. "
                        + "Valid values: add, remove");
            }
            Set<String> target = in.operationType().equals("add") ? add : remove;
            if (in.userIds() != null) {
                in.userIds().forEach(u -> target.add(userId(u)));
            }
            if (in.groupNames() != null) {
                in.groupNames().forEach(g -> target.add(group(g)));
            }
        }
        if (add.isEmpty() && remove.isEmpty()) {
            throw new AwsException("MissingParameter", "The request must contain the parameter createVolumePermission");
        }
        store.write(tx -> {
            SnapshotRow s = owned(tx, ctx, in.snapshotId());
            if (s.encrypted() && add.contains("all")) {
                throw new AwsException("OperationNotPermitted", "Encrypted snapshots cannot be shared publicly.");
            }
            EbsRepository.grant(tx, s.snapshotId(), add);
            EbsRepository.revoke(tx, s.snapshotId(), remove);
            return null;
        });
    }

    DescribeSnapshotAttributeResult describeAttribute(RequestContext ctx, DescribeSnapshotAttributeRequest in) {
        return store.read(tx -> {
            SnapshotRow s = owned(tx, ctx, in.snapshotId());
            return switch (in.attribute()) {
                case "createVolumePermission" -> new DescribeSnapshotAttributeResult(null, s.snapshotId(),
                        EbsRepository.grantees(tx, s.snapshotId()).stream()
                                .map(g -> g.equals("all") ? new CreateVolumePermission(null, "all") : new CreateVolumePermission(g, null))
                                .toList());
                case "productCodes" -> new DescribeSnapshotAttributeResult(List.of(), s.snapshotId(), null);
                default -> throw new AwsException("InvalidParameterValue", "Value (" + in.attribute()
                        + ") for parameter attribute is invalid. Unknown attribute.");
            };
        });
    }

    void resetAttribute(RequestContext ctx, ResetSnapshotAttributeRequest in) {
        if (!in.attribute().equals("createVolumePermission")) {
            throw new AwsException("InvalidParameterValue", "Value (" + in.attribute() + ") for parameter attribute is invalid. "
                    + "Only createVolumePermission can be reset.");
        }
        store.write(tx -> {
            EbsRepository.revokeAll(tx, owned(tx, ctx, in.snapshotId()).snapshotId());
            return null;
        });
    }

    // Snapshots a volume may be made from

    /** The snapshot in the region when the account may restore it: its own, one shared with it or public, or a built-in image's. */
    Optional<Restorable> find(Tx tx, String account, String region, String snapshotId) throws SQLException {
        for (ImageSnapshots.PublicSnapshot p : images.builtIn(region)) {
            if (p.snapshotId().equals(snapshotId)) {
                return Optional.of(new Restorable(p.snapshotId(), p.volumeSize(), false, null, "completed"));
            }
        }
        Optional<SnapshotRow> row = EbsRepository.snapshot(tx, snapshotId).filter(s -> s.region().equals(region));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        SnapshotRow s = row.get();
        if (!s.account().equals(account)) {
            List<String> grantees = EbsRepository.grantees(tx, snapshotId);
            if (!grantees.contains(account) && !grantees.contains("all")) {
                return Optional.empty();
            }
        }
        return Optional.of(new Restorable(s.snapshotId(), s.volumeSize(), s.encrypted(), s.kmsKeyId(), s.state()));
    }

    /** The size in GiB of a snapshot the account may use, as EC2's images ask it of a snapshot an image is registered from. */
    Optional<Integer> sizeOf(Tx tx, String account, String region, String snapshotId) throws SQLException {
        return find(tx, account, region, snapshotId).map(Restorable::volumeSize);
    }

    /** As {@link #find}, or EC2's error for a malformed or unknown id. */
    Restorable restorable(Tx tx, String account, String region, String snapshotId) throws SQLException {
        checkId(snapshotId);
        return find(tx, account, region, snapshotId).orElseThrow(() -> ResourceType.SNAPSHOT.notFound(snapshotId));
    }

    // Reading and writing

    private SnapshotRow take(Tx tx, RequestContext ctx, VolumeRow v, String description, String event, String batch) throws SQLException {
        SnapshotRow s = new SnapshotRow(Ec2Ids.next("snap"), ctx.accountId(), ctx.region(), v.volumeId(), v.size(),
                description == null ? "" : description, "pending", clock.millis(), null, v.encrypted(), v.kmsKeyId(), event,
                EbsEvents.volumeSource(ctx.region(), v.volumeId()), batch);
        EbsRepository.insert(tx, s);
        lifecycle.begin(tx, s.snapshotId(), SnapshotState.PENDING);
        return s;
    }

    private List<View> visible(Tx tx, String account, String region) throws SQLException {
        Map<String, Map<String, String>> tagged = tags.ofKind(tx, account, region, ResourceType.SNAPSHOT);
        List<View> out = new ArrayList<>();
        for (ImageSnapshots.PublicSnapshot p : images.builtIn(region)) {
            SnapshotRow row = new SnapshotRow(p.snapshotId(), p.ownerId(), region, NO_VOLUME, p.volumeSize(), p.description(), "completed",
                    BUILT_IN_TIME.toEpochMilli(), BUILT_IN_TIME.toEpochMilli(), false, null, "", "", null);
            out.add(new View(row, tagged.getOrDefault(p.snapshotId(), Map.of()), "amazon"));
        }
        for (SnapshotRow s : EbsRepository.visibleSnapshots(tx, account, region)) {
            out.add(new View(s, tagged.getOrDefault(s.snapshotId(), Map.of()), null));
        }
        out.sort((a, b) -> a.row().snapshotId().compareTo(b.row().snapshotId()));
        return out;
    }

    private SnapshotRow owned(Tx tx, RequestContext ctx, String snapshotId) throws SQLException {
        checkId(snapshotId);
        return EbsRepository.snapshot(tx, snapshotId).filter(s -> s.account().equals(ctx.accountId()) && s.region().equals(ctx.region()))
                .orElseThrow(() -> ResourceType.SNAPSHOT.notFound(snapshotId));
    }

    private boolean restorableBy(Tx tx, View v, Set<String> restorers) throws SQLException {
        if (restorers.contains(v.row().account())) {
            return true;
        }
        List<String> grantees = v.ownerAlias() != null ? List.of("all") : EbsRepository.grantees(tx, v.row().snapshotId());
        return grantees.stream().anyMatch(g -> restorers.contains(g) || g.equals("all"));
    }

    /** OwnerIds: {@code self}, {@code amazon}, {@code aws-marketplace} or account ids; null when not given. */
    private static Set<String> owners(RequestContext ctx, List<String> ownerIds) {
        if (ownerIds == null || ownerIds.isEmpty()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (String o : ownerIds) {
            if (o.equals("self")) {
                out.add(ctx.accountId());
            } else if (o.equals("amazon") || o.equals("aws-marketplace") || ACCOUNT.matcher(o).matches()) {
                out.add(o);
            } else {
                throw new AwsException("InvalidUserID.Malformed", "Invalid user id: \"" + o + "\"");
            }
        }
        return out;
    }

    /** RestorableByUserIds: {@code self}, {@code all} or account ids; null when not given. */
    private static Set<String> restorers(RequestContext ctx, List<String> userIds) {
        if (userIds == null || userIds.isEmpty()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (String u : userIds) {
            out.add(u.equals("self") ? ctx.accountId() : u.equals("all") ? "all" : userId(u));
        }
        return out;
    }

    private static void permissions(List<CreateVolumePermission> given, Set<String> into) {
        if (given == null) {
            return;
        }
        for (CreateVolumePermission p : given) {
            if (p.group() != null) {
                into.add(group(p.group()));
            }
            if (p.userId() != null) {
                into.add(userId(p.userId()));
            }
        }
    }

    private static String userId(String id) {
        if (!ACCOUNT.matcher(id).matches()) {
            throw new AwsException("InvalidUserID.Malformed", "Invalid user id: \"" + id + "\"");
        }
        return id;
    }

    private static String group(String group) {
        if (!group.equals("all")) {
            throw new AwsException("InvalidParameterValue", "Value (" + group + ") for parameter group is invalid. Valid values: all");
        }
        return group;
    }

    static void checkId(String snapshotId) {
        if (ResourceType.ofId(snapshotId).filter(t -> t == ResourceType.SNAPSHOT).isEmpty()) {
            throw new AwsException("InvalidParameterValue", "Value (" + snapshotId + ") for parameter snapshotId is invalid. Expected: 'snap-...'.");
        }
    }

    private static void checkDescription(String description) {
        if (description != null && description.length() > 255) {
            throw new AwsException("InvalidParameterValue", "Value for parameter description is invalid. "
                    + "Description must be 255 characters or fewer.");
        }
    }

    private static Map<String, String> specifiedFor(List<TagSpecification> specs) {
        Map<String, String> out = new LinkedHashMap<>();
        if (specs != null) {
            specs.stream().filter(s -> "snapshot".equals(s.resourceType())).forEach(s -> out.putAll(ResourceTags.map(s.tags())));
        }
        return out;
    }

    /** A pending snapshot's progress rises with the time it has spent of its delay, short of 100% until it completes. */
    String progress(View v) {
        if (!v.row().state().equals("pending")) {
            return "100%";
        }
        Duration delay = v.row().event().equals("copySnapshot") ? delays.copy() : delays.snapshot();
        long elapsed = Math.max(0, clock.millis() - v.row().startTime());
        return Math.min(99, elapsed * 100 / Math.max(1, delay.toMillis())) + "%";
    }

    Snapshot snapshot(View v) {
        SnapshotRow s = v.row();
        return new Snapshot(v.ownerAlias(), null, ResourceTags.tagSet(v.tags()), "standard", null, null, null, null, null,
                s.completionTime() == null ? null : Instant.ofEpochMilli(s.completionTime()), null, s.snapshotId(), s.volumeId(), s.state(), null,
                Instant.ofEpochMilli(s.startTime()), progress(v), s.account(), s.description(), s.volumeSize(), s.encrypted(), s.kmsKeyId(),
                null);
    }

    private final class States implements Lifecycle.States<SnapshotState> {
        @Override
        public SnapshotState current(Tx tx, String id) throws SQLException {
            return EbsRepository.snapshot(tx, id).map(s -> s.state().equals("completed") ? SnapshotState.COMPLETED
                    : s.event().equals("copySnapshot") ? SnapshotState.COPYING : SnapshotState.PENDING).orElse(null);
        }

        @Override
        public void enter(Tx tx, String id, SnapshotState from, SnapshotState to) throws SQLException {
            if (from == null || to != SnapshotState.COMPLETED) {
                return;
            }
            EbsRepository.complete(tx, id, clock.millis());
            SnapshotRow s = EbsRepository.snapshot(tx, id).orElseThrow();
            if (s.batch() == null) {
                events.snapshot(tx, s);
                return;
            }
            List<SnapshotRow> set = EbsRepository.batch(tx, s.batch());
            if (set.stream().allMatch(r -> r.state().equals("completed"))) {
                events.snapshotSet(tx, set);
            }
        }
    }
}
