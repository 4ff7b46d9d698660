package dev.stratus.ec2;

import dev.stratus.ec2.api.AttributeValue;
import dev.stratus.ec2.api.BlockDeviceMapping;
import dev.stratus.ec2.api.CopyImageRequest;
import dev.stratus.ec2.api.DeregisterImageRequest;
import dev.stratus.ec2.api.DescribeImageAttributeRequest;
import dev.stratus.ec2.api.DescribeImagesRequest;
import dev.stratus.ec2.api.DescribeImagesResult;
import dev.stratus.ec2.api.EbsBlockDevice;
import dev.stratus.ec2.api.Image;
import dev.stratus.ec2.api.ImageAttribute;
import dev.stratus.ec2.api.LaunchPermission;
import dev.stratus.ec2.api.ModifyImageAttributeRequest;
import dev.stratus.ec2.api.RegisterImageRequest;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Images: the built-in public ones ({@link BuiltInImages}) and those accounts register, copy or
 * make from instances. An image belongs to a region and its owner; others see it when it is public
 * or they were given launch permission. A copied or newly made image is {@code pending} until a
 * durable timer makes it {@code available}.
 */
final class Images {
    /** Its tables, made by the network's migration ({@link Ec2Network}). */
    static final String TABLES = """
            CREATE TABLE ec2_image (
              region TEXT NOT NULL,
              image_id TEXT NOT NULL,
              owner TEXT NOT NULL,
              name TEXT NOT NULL,
              public INTEGER NOT NULL,
              doc TEXT NOT NULL,
              PRIMARY KEY (region, image_id));
            CREATE UNIQUE INDEX ec2_image_name ON ec2_image (region, owner, name);
            CREATE TABLE ec2_image_launch (
              region TEXT NOT NULL,
              image_id TEXT NOT NULL,
              user_id TEXT NOT NULL,
              PRIMARY KEY (region, image_id, user_id));
            """;

    static final String AVAILABLE_TIMER = "ec2.image.available";
    /** How long a copied or newly made image stays pending. */
    static final Duration PENDING = Duration.ofSeconds(3);

    private static final Pattern ID = Pattern.compile("ami-[0-9a-f]{8}(?:[0-9a-f]{9})?");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9()\\[\\] ./\\-'@_]{3,128}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    /**
     * What EBS tells of a snapshot an image is registered from: its size in GiB (0 when not known,
     * and the mapping keeps no size then), or empty when the account cannot use it.
     */
    interface Snapshots {
        Optional<Integer> size(Tx tx, String account, String region, String snapshotId) throws SQLException;
    }

    private static final Filters<Image> FILTERS = Filters.<Image>of(i -> ResourceTags.map(i.tags()))
            .one("architecture", Image::architecture)
            .many("block-device-mapping.delete-on-termination", i -> ebs(i).stream().map(e -> String.valueOf(e.deleteOnTermination())).toList())
            .many("block-device-mapping.device-name", i -> i.blockDeviceMappings().stream().map(BlockDeviceMapping::deviceName).toList())
            .many("block-device-mapping.snapshot-id", i -> ebs(i).stream().map(EbsBlockDevice::snapshotId).toList())
            .many("block-device-mapping.volume-size", i -> ebs(i).stream().map(e -> String.valueOf(e.volumeSize())).toList())
            .many("block-device-mapping.volume-type", i -> ebs(i).stream().map(EbsBlockDevice::volumeType).toList())
            .many("block-device-mapping.encrypted", i -> ebs(i).stream().map(e -> String.valueOf(e.encrypted())).toList())
            .one("creation-date", Image::creationDate)
            .one("description", Image::description)
            .one("ena-support", Image::enaSupport)
            .one("hypervisor", Image::hypervisor)
            .one("image-id", Image::imageId)
            .one("image-type", Image::imageType)
            .one("imds-support", Image::imdsSupport)
            .one("is-public", Image::publicValue)
            .one("kernel-id", Image::kernelId)
            .one("manifest-location", Image::imageLocation)
            .one("name", Image::name)
            .one("owner-alias", Image::imageOwnerAlias)
            .one("owner-id", Image::ownerId)
            .one("platform", Image::platform)
            .one("platform-details", Image::platformDetails)
            .one("ramdisk-id", Image::ramdiskId)
            .one("root-device-name", Image::rootDeviceName)
            .one("root-device-type", Image::rootDeviceType)
            .one("state", Image::state)
            .one("state-reason-code", i -> i.stateReason() == null ? null : i.stateReason().code())
            .one("sriov-net-support", Image::sriovNetSupport)
            .one("source-image-id", Image::sourceImageId)
            .one("source-image-region", Image::sourceImageRegion)
            .one("source-instance-id", Image::sourceInstanceId)
            .one("usage-operation", Image::usageOperation)
            .one("virtualization-type", Image::virtualizationType)
            .build();

    private final ResourceTags tags;
    private final Clock clock;
    private final Timers timers;
    private volatile Snapshots snapshots;

    Images(ResourceTags tags, Clock clock, Timers timers) {
        this.tags = tags;
        this.clock = clock;
        this.timers = timers;
        this.snapshots = (tx, account, region, id) -> BuiltInImages.snapshotSize(region, id).isPresent()
                ? BuiltInImages.snapshotSize(region, id) : tags.exists(tx, account, region, id) ? Optional.of(0) : Optional.empty();
        tags.register(ResourceType.IMAGE, (tx, account, region, id) -> visible(tx, account, region, id).isPresent());
        timers.on(AVAILABLE_TIMER, this::available);
    }

    /** EBS tells the sizes of the snapshots images are registered from (until it does, any snapshot that exists is taken, its size unknown). */
    void snapshotsFrom(Snapshots given) {
        this.snapshots = (tx, account, region, id) -> BuiltInImages.snapshotSize(region, id).isPresent()
                ? BuiltInImages.snapshotSize(region, id) : given.size(tx, account, region, id);
    }

    // ---- operations

    DescribeImagesResult describe(Tx tx, RequestContext ctx, DescribeImagesRequest in) throws SQLException {
        String account = ctx.accountId();
        List<Image> visible = visibleAll(tx, account, ctx.region());
        if (in.imageIds() != null && !in.imageIds().isEmpty()) {
            Set<String> known = new HashSet<>();
            visible.forEach(i -> known.add(i.imageId()));
            for (String id : in.imageIds()) {
                checkId(id);
                if (!known.contains(id)) {
                    throw ResourceType.IMAGE.notFound(id);
                }
            }
            visible = visible.stream().filter(i -> in.imageIds().contains(i.imageId())).toList();
        }
        if (in.owners() != null && !in.owners().isEmpty()) {
            for (String o : in.owners()) {
                if (!o.equals("self") && !o.equals("amazon") && !o.equals("aws-marketplace") && !o.equals("aws-backup-vault")
                        && !ACCOUNT.matcher(o).matches()) {
                    throw new AwsException("InvalidUserID.Malformed", "Invalid user id: \"" + o + "\"");
                }
            }
            visible = visible.stream().filter(i -> in.owners().contains(i.ownerId()) || (in.owners().contains("self") && i.ownerId().equals(account))
                    || (i.imageOwnerAlias() != null && in.owners().contains(i.imageOwnerAlias()))).toList();
        }
        if (in.executableUsers() != null && !in.executableUsers().isEmpty()) {
            List<Image> executable = new ArrayList<>();
            for (Image i : visible) {
                Set<String> users = new HashSet<>(launchUsersOf(tx, ctx.region(), i.imageId()));
                boolean ok = false;
                for (String u : in.executableUsers()) {
                    ok |= u.equals("all") ? Boolean.TRUE.equals(i.publicValue())
                            : users.contains(u.equals("self") ? account : u) || (u.equals("self") && i.ownerId().equals(account));
                }
                if (ok) {
                    executable.add(i);
                }
            }
            visible = executable;
        }
        Predicate<Image> wanted = FILTERS.parse(in.filters());
        Paging.Page<Image> page = Pages.of(ctx, visible.stream().filter(wanted).toList(), Image::imageId, in.nextToken(), in.maxResults(), 6, 1000,
                in.filters(), in.imageIds(), in.owners(), in.executableUsers());
        return new DescribeImagesResult(page.nextToken(), page.items());
    }

    String register(Tx tx, RequestContext ctx, RegisterImageRequest in) throws SQLException {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.IMAGE, ResourceType.SNAPSHOT));
        if (in.imageLocation() != null) {
            throw new AwsException("InvalidParameterValue", "Instance store-backed images (ImageLocation) are not supported; register an EBS-backed "
                    + "image with BlockDeviceMappings.");
        }
        if (in.blockDeviceMappings() == null || in.blockDeviceMappings().isEmpty()) {
            throw new AwsException("InvalidParameterCombination", "Either ImageLocation or BlockDeviceMappings must be specified.");
        }
        String root = in.rootDeviceName() != null ? in.rootDeviceName() : in.blockDeviceMappings().getFirst().deviceName();
        if (in.imdsSupport() != null && !in.imdsSupport().equals("v2.0")) {
            throw new AwsException("InvalidParameterValue", "Value (" + in.imdsSupport() + ") for parameter imdsSupport is invalid.");
        }
        Image image = make(tx, ctx.accountId(), ctx.region(), new Registration(in.name(), in.description(), in.architecture(), root,
                in.blockDeviceMappings(), null, in.bootMode(), in.enaSupport(), in.sriovNetSupport(), in.imdsSupport()), in.tagSpecifications(),
                false);
        return image.imageId();
    }

    void deregister(Tx tx, RequestContext ctx, DeregisterImageRequest in) throws SQLException {
        Image image = owned(tx, ctx, in.imageId());
        tx.update("DELETE FROM ec2_image WHERE region = ? AND image_id = ?", ctx.region(), image.imageId());
        tx.update("DELETE FROM ec2_image_launch WHERE region = ? AND image_id = ?", ctx.region(), image.imageId());
        tags.forget(tx, ctx.accountId(), ctx.region(), image.imageId());
    }

    ImageAttribute describeAttribute(Tx tx, RequestContext ctx, DescribeImageAttributeRequest in) throws SQLException {
        Image image = owned(tx, ctx, in.imageId());
        String attribute = in.attribute() == null ? "" : in.attribute();
        return switch (attribute) {
            case "description" -> attribute(image, new AttributeValue(image.description()), null, null, null, null);
            case "launchPermission" -> attribute(image, null, launchPermissions(tx, ctx.region(), image), null, null, null);
            case "blockDeviceMapping" -> attribute(image, null, null, image.blockDeviceMappings(), null, null);
            case "productCodes" -> attribute(image, null, null, null, List.of(), null);
            case "bootMode" -> attribute(image, null, null, null, null, Map.of("BootMode", value(image.bootMode())));
            case "imdsSupport" -> attribute(image, null, null, null, null, Map.of("ImdsSupport", value(image.imdsSupport())));
            case "sriovNetSupport" -> attribute(image, null, null, null, null, Map.of("SriovNetSupport", value(image.sriovNetSupport())));
            case "deregistrationProtection" -> attribute(image, null, null, null, null, Map.of("DeregistrationProtection", value("disabled")));
            case "kernel" -> attribute(image, null, null, null, null, Map.of("KernelId", value(null)));
            case "ramdisk" -> attribute(image, null, null, null, null, Map.of("RamdiskId", value(null)));
            case "tpmSupport" -> attribute(image, null, null, null, null, Map.of("TpmSupport", value(null)));
            case "uefiData" -> attribute(image, null, null, null, null, Map.of("UefiData", value(null)));
            case "lastLaunchedTime" -> attribute(image, null, null, null, null, Map.of("LastLaunchedTime", value(null)));
            default -> throw new AwsException("InvalidParameterValue", "Value (" + attribute + ") for parameter attribute is invalid. "
                    + "Unknown attribute.");
        };
    }

    /**
     * ModifyImageAttribute: the description, or launch permissions added or removed (accounts,
     * or the group {@code all} to make the image public), in either of the forms EC2 takes.
     */
    void modifyAttribute(Tx tx, RequestContext ctx, ModifyImageAttributeRequest in) throws SQLException {
        Image image = owned(tx, ctx, in.imageId());
        String attribute = in.attribute() != null ? in.attribute() : in.description() != null ? "description"
                : in.launchPermission() != null || in.userIds() != null || in.userGroups() != null ? "launchPermission" : "";
        switch (attribute) {
            case "description" -> {
                String d = in.description() != null ? in.description().value() : in.value();
                save(tx, ctx.region(), Rows.with(image, "Description", d));
            }
            case "launchPermission" -> {
                List<LaunchPermission> add = new ArrayList<>();
                List<LaunchPermission> remove = new ArrayList<>();
                if (in.launchPermission() != null) {
                    add.addAll(in.launchPermission().add() == null ? List.of() : in.launchPermission().add());
                    remove.addAll(in.launchPermission().remove() == null ? List.of() : in.launchPermission().remove());
                }
                List<LaunchPermission> given = new ArrayList<>();
                (in.userIds() == null ? List.<String>of() : in.userIds()).forEach(u -> given.add(new LaunchPermission(null, null, u, null)));
                (in.userGroups() == null ? List.<String>of() : in.userGroups()).forEach(g -> given.add(new LaunchPermission(null, null, null, g)));
                if (!given.isEmpty()) {
                    String op = in.operationType() == null ? "" : in.operationType();
                    if (!op.equals("add") && !op.equals("remove")) {
                        throw new AwsException("MissingParameter", "The request must contain the parameter operationType");
                    }
                    (op.equals("add") ? add : remove).addAll(given);
                }
                if (add.isEmpty() && remove.isEmpty()) {
                    throw new AwsException("MissingParameter", "The request must contain the parameter launchPermission");
                }
                for (LaunchPermission p : add) {
                    permit(tx, ctx.region(), image, p, true);
                }
                for (LaunchPermission p : remove) {
                    permit(tx, ctx.region(), image, p, false);
                }
            }
            default -> throw new AwsException("InvalidParameterValue", "Value (" + attribute + ") for parameter attribute is invalid. "
                    + "Only description and launchPermission can be modified.");
        }
    }

    /** ResetImageAttribute: only launch permissions can be reset: the image becomes private to its owner again. */
    void resetAttribute(Tx tx, RequestContext ctx, String imageId, String attribute) throws SQLException {
        Image image = owned(tx, ctx, imageId);
        if (!"launchPermission".equals(attribute)) {
            throw new AwsException("InvalidParameterValue", "Value (" + attribute + ") for parameter attribute is invalid. "
                    + "Only launchPermission can be reset.");
        }
        tx.update("DELETE FROM ec2_image_launch WHERE region = ? AND image_id = ?", ctx.region(), imageId);
        save(tx, ctx.region(), Rows.with(image, "Public", false));
    }

    /** CopyImage: the source image's data under a new id in this region, pending until the copy completes. */
    String copy(Tx tx, RequestContext ctx, CopyImageRequest in) throws SQLException {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.IMAGE, ResourceType.SNAPSHOT));
        checkId(in.sourceImageId());
        Image source = visible(tx, ctx.accountId(), in.sourceRegion(), in.sourceImageId())
                .orElseThrow(() -> ResourceType.IMAGE.notFound(in.sourceImageId()));
        if (!source.state().equals("available")) {
            throw new AwsException("IncorrectState", "Image " + source.imageId() + " is not in a valid state for copying.");
        }
        List<TagSpecification> specs = new ArrayList<>(in.tagSpecifications() == null ? List.of() : in.tagSpecifications());
        if (Boolean.TRUE.equals(in.copyImageTags()) && source.tags() != null) {
            specs.removeIf(s -> "image".equals(s.resourceType()));
            Map<String, String> merged = new LinkedHashMap<>(ResourceTags.map(source.tags()));
            (in.tagSpecifications() == null ? List.<TagSpecification>of() : in.tagSpecifications()).stream()
                    .filter(s -> "image".equals(s.resourceType())).forEach(s -> merged.putAll(ResourceTags.map(s.tags())));
            specs.add(new TagSpecification("image", merged.entrySet().stream().map(e -> new dev.stratus.ec2.api.Tag(e.getKey(), e.getValue()))
                    .toList()));
        }
        checkName(tx, ctx.accountId(), ctx.region(), in.name());
        Image copy = insert(tx, ctx.accountId(), ctx.region(), new Registration(in.name(), in.description() != null ? in.description()
                : source.description(), source.architecture(), source.rootDeviceName(), source.blockDeviceMappings(), null, source.bootMode(),
                source.enaSupport(), source.sriovNetSupport(), source.imdsSupport()), specs, true);
        Image withSource = Rows.with(Rows.with(copy, "SourceImageId", source.imageId()), "SourceImageRegion", in.sourceRegion());
        save(tx, ctx.region(), withSource);
        return copy.imageId();
    }

    // ---- what instances ask

    /** The image, if the account may see it (built-in, its own, public or shared with it), with the account's tags on it. */
    Optional<Image> visible(Tx tx, String account, String region, String imageId) throws SQLException {
        Optional<Image> image = BuiltInImages.find(region, imageId);
        if (image.isEmpty()) {
            image = stored(tx, region, imageId);
            if (image.isPresent() && !image.get().ownerId().equals(account) && !Boolean.TRUE.equals(image.get().publicValue())
                    && !launchUsersOf(tx, region, imageId).contains(account)) {
                image = Optional.empty();
            }
        }
        if (image.isEmpty()) {
            return image;
        }
        return Optional.of(Rows.with(image.get(), "Tags", ResourceTags.tagSet(tags.of(tx, account, region, imageId))));
    }

    /** The id of one of the account's own images whose block devices come from the snapshot, or empty: such a snapshot is in use. */
    Optional<String> usingSnapshot(Tx tx, String account, String region, String snapshotId) throws SQLException {
        return Rows.docs(tx, Image.class, "SELECT doc FROM ec2_image WHERE region = ? AND owner = ?", region, account).stream()
                .filter(i -> i.blockDeviceMappings() != null && i.blockDeviceMappings().stream()
                        .anyMatch(m -> m.ebs() != null && snapshotId.equals(m.ebs().snapshotId())))
                .map(Image::imageId).findFirst();
    }

    /**
     * What an image is made from, as RegisterImage, CopyImage and CreateImage give it: null
     * members take EC2's defaults (x86_64, ENA, {@code simple} SR-IOV).
     */
    record Registration(String name, String description, String architecture, String rootDeviceName, List<BlockDeviceMapping> mappings,
                        String sourceInstanceId, String bootMode, Boolean enaSupport, String sriovNetSupport, String imdsSupport) {
    }

    /**
     * Registers an image of the account from block device mappings (each EBS one from a snapshot
     * the account can use, or empty for a new volume of a given size), as RegisterImage and
     * CreateImage make them: a name refused as EC2 refuses it ({@code InvalidAMIName.Malformed},
     * {@code .Duplicate}), mappings defaulted as EC2 defaults them (gp2, DeleteOnTermination, the
     * snapshot's size). A {@code pending} image becomes available after {@link #PENDING}.
     */
    Image make(Tx tx, String account, String region, Registration r, List<TagSpecification> specs, boolean pending) throws SQLException {
        checkName(tx, account, region, r.name());
        return insert(tx, account, region, new Registration(r.name(), r.description(), r.architecture(), r.rootDeviceName(),
                mappings(tx, account, region, r.mappings()), r.sourceInstanceId(), r.bootMode(), r.enaSupport(), r.sriovNetSupport(),
                r.imdsSupport()), specs, pending);
    }

    private void checkName(Tx tx, String account, String region, String name) throws SQLException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AwsException("InvalidAMIName.Malformed", "AMI names must be between 3 and 128 characters long, and may contain letters, "
                    + "numbers, '(', ')', '.', '-', '/' and '_'");
        }
        PreparedStatement ps = tx.sql("SELECT image_id FROM ec2_image WHERE region = ? AND owner = ? AND name = ?");
        Tx.bind(ps, region, account, name);
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                throw new AwsException("InvalidAMIName.Duplicate", "AMI name " + name + " is already in use by AMI " + rs.getString(1));
            }
        }
    }

    /** An image from mappings already checked (a copy's are its source's). */
    private Image insert(Tx tx, String account, String region, Registration r, List<TagSpecification> specs, boolean pending) throws SQLException {
        String arch = r.architecture() == null ? "x86_64" : r.architecture();
        if (!Set.of("i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac").contains(arch)) {
            throw new AwsException("InvalidParameterValue", "Value (" + arch + ") for parameter architecture is invalid.");
        }
        boolean rootHasSnapshot = r.mappings().stream().anyMatch(m -> m.deviceName().equals(r.rootDeviceName()) && m.ebs() != null
                && m.ebs().snapshotId() != null);
        if (!rootHasSnapshot) {
            throw new AwsException("InvalidBlockDeviceMapping", "The root device name '" + r.rootDeviceName()
                    + "' must be mapped to an EBS snapshot.");
        }
        String id = Ec2Ids.next("ami");
        String created = Instant.ofEpochMilli(clock.millis()).truncatedTo(ChronoUnit.MILLIS).toString();
        Image image = new Image("Linux/UNIX", "RunInstances", r.mappings(), r.description(), r.enaSupport() == null || r.enaSupport(), "xen", null,
                r.name(), r.rootDeviceName(), "ebs", r.sriovNetSupport() == null ? "simple" : r.sriovNetSupport(), null, null, "hvm", r.bootMode(),
                null, null, r.imdsSupport(), r.sourceInstanceId(), "disabled", null, null, null, null, null, id, account + "/" + r.name(),
                pending ? "pending" : "available", account, created, false, null, arch, "machine", null, null, null);
        tx.update("INSERT INTO ec2_image (region, image_id, owner, name, public, doc) VALUES (?, ?, ?, ?, 0, ?)", region, id, account, r.name(),
                Json.string(image));
        Map<String, String> given = tags.specified(tx, account, region, ResourceType.IMAGE, id, specs);
        if (pending) {
            timers.schedule(tx, AVAILABLE_TIMER, clock.millis() + PENDING.toMillis(), region + "/" + id);
            tx.afterCommit(timers::wake);
        }
        return Rows.with(image, "Tags", ResourceTags.tagSet(given));
    }

    // ---- the domain

    /** Mappings as the image keeps them: EBS ones with their snapshots checked and EC2's defaults filled in. */
    private List<BlockDeviceMapping> mappings(Tx tx, String account, String region, List<BlockDeviceMapping> given) throws SQLException {
        List<BlockDeviceMapping> out = new ArrayList<>();
        Set<String> devices = new HashSet<>();
        for (BlockDeviceMapping m : given) {
            if (m.deviceName() == null || !devices.add(m.deviceName())) {
                throw new AwsException("InvalidBlockDeviceMapping", "The device '" + m.deviceName() + "' is not valid or is mapped more than once.");
            }
            EbsBlockDevice e = m.ebs();
            if (e == null) {
                out.add(m);
                continue;
            }
            Integer size = e.volumeSize();
            if (e.snapshotId() != null) {
                Optional<Integer> snapshotSize = snapshots.size(tx, account, region, e.snapshotId());
                if (snapshotSize.isEmpty()) {
                    throw ResourceType.SNAPSHOT.notFound(e.snapshotId());
                }
                int known = snapshotSize.get();
                if (size != null && known > 0 && size < known) {
                    throw new AwsException("InvalidBlockDeviceMapping", "Volume of size " + size + "GB is smaller than snapshot '"
                            + e.snapshotId() + "', expect size>= " + known + "GB");
                }
                if (size == null && known > 0) {
                    size = known;
                }
            } else if (size == null) {
                throw new AwsException("InvalidBlockDeviceMapping", "The device '" + m.deviceName() + "' must have a snapshot or a volume size.");
            }
            out.add(new BlockDeviceMapping(new EbsBlockDevice(e.deleteOnTermination() == null || e.deleteOnTermination(), e.iops(), e.snapshotId(),
                    size, e.volumeType() == null ? "gp2" : e.volumeType(), e.kmsKeyId(), e.throughput(), null, null,
                    Boolean.TRUE.equals(e.encrypted()), null, null, null), null, m.deviceName(), null));
        }
        return out;
    }

    /** The copy or new image has completed. */
    private void available(Tx tx, String payload) throws SQLException {
        int slash = payload.indexOf('/');
        String region = payload.substring(0, slash);
        Optional<Image> image = stored(tx, region, payload.substring(slash + 1));
        if (image.isPresent() && image.get().state().equals("pending")) {
            save(tx, region, Rows.with(image.get(), "State", "available"));
        }
    }

    /** The account's own image by id; another's (a built-in one included) is AuthFailure, as EC2 answers who does not own it. */
    private Image owned(Tx tx, RequestContext ctx, String imageId) throws SQLException {
        checkId(imageId);
        Image image = visible(tx, ctx.accountId(), ctx.region(), imageId).orElseThrow(() -> ResourceType.IMAGE.notFound(imageId));
        if (!image.ownerId().equals(ctx.accountId())) {
            throw new AwsException("AuthFailure", "Not authorized for image:" + imageId);
        }
        return image;
    }

    private void permit(Tx tx, String region, Image image, LaunchPermission p, boolean add) throws SQLException {
        if (p.group() != null) {
            if (!p.group().equals("all")) {
                throw new AwsException("InvalidAMIAttributeItemValue", "Invalid attribute item value \"" + p.group() + "\" for group item type.");
            }
            save(tx, region, Rows.with(stored(tx, region, image.imageId()).orElseThrow(), "Public", add));
        } else if (p.userId() != null) {
            if (!ACCOUNT.matcher(p.userId()).matches()) {
                throw new AwsException("InvalidAMIAttributeItemValue", "Invalid attribute item value \"" + p.userId() + "\" for userId item type.");
            }
            tx.update(add ? "INSERT INTO ec2_image_launch (region, image_id, user_id) VALUES (?, ?, ?) ON CONFLICT (region, image_id, user_id) "
                    + "DO NOTHING" : "DELETE FROM ec2_image_launch WHERE region = ? AND image_id = ? AND user_id = ?", region, image.imageId(),
                    p.userId());
        } else {
            throw new AwsException("InvalidParameterValue", "Organization and organizational unit launch permissions are not supported.");
        }
    }

    private List<LaunchPermission> launchPermissions(Tx tx, String region, Image image) throws SQLException {
        List<LaunchPermission> out = new ArrayList<>();
        if (Boolean.TRUE.equals(stored(tx, region, image.imageId()).map(Image::publicValue).orElse(false))) {
            out.add(new LaunchPermission(null, null, null, "all"));
        }
        launchUsersOf(tx, region, image.imageId()).forEach(u -> out.add(new LaunchPermission(null, null, u, null)));
        return out;
    }

    private static ImageAttribute attribute(Image image, AttributeValue description, List<LaunchPermission> launch, List<BlockDeviceMapping> devices,
                                            List<dev.stratus.ec2.api.ProductCode> codes, Map<String, AttributeValue> other) {
        ImageAttribute a = new ImageAttribute(description, null, null, null, null, null, null, null, null, null, image.imageId(), launch, codes,
                devices);
        if (other != null) {
            for (Map.Entry<String, AttributeValue> e : other.entrySet()) {
                a = Rows.with(a, e.getKey(), e.getValue());
            }
        }
        return a;
    }

    private static AttributeValue value(String v) {
        return new AttributeValue(v);
    }

    private static void save(Tx tx, String region, Image image) throws SQLException {
        tx.update("UPDATE ec2_image SET doc = ?, public = ? WHERE region = ? AND image_id = ?", Json.string(Rows.with(image, "Tags", null)),
                Boolean.TRUE.equals(image.publicValue()) ? 1 : 0, region, image.imageId());
    }

    private static Optional<Image> stored(Tx tx, String region, String imageId) throws SQLException {
        return Rows.doc(tx, Image.class, "SELECT doc FROM ec2_image WHERE region = ? AND image_id = ?", region, imageId);
    }

    /** Every image the account may see in the region, by id, with the account's tags on them. */
    private List<Image> visibleAll(Tx tx, String account, String region) throws SQLException {
        List<Image> all = new ArrayList<>(BuiltInImages.in(region));
        all.addAll(Rows.docs(tx, Image.class, "SELECT doc FROM ec2_image WHERE region = ? AND (owner = ? OR public = 1 OR image_id IN "
                + "(SELECT image_id FROM ec2_image_launch WHERE region = ? AND user_id = ?))", region, account, region, account));
        Map<String, Map<String, String>> tagged = tags.ofKind(tx, account, region, ResourceType.IMAGE);
        List<Image> out = new ArrayList<>();
        for (Image i : all) {
            Map<String, String> t = tagged.get(i.imageId());
            out.add(t == null ? i : Rows.with(i, "Tags", ResourceTags.tagSet(t)));
        }
        out.sort((a, b) -> a.imageId().compareTo(b.imageId()));
        return out;
    }

    private static List<String> launchUsersOf(Tx tx, String region, String imageId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT user_id FROM ec2_image_launch WHERE region = ? AND image_id = ? ORDER BY user_id");
        Tx.bind(ps, region, imageId);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new AwsException("InvalidAMIID.Malformed", "Invalid id: \"" + id + "\" (expecting \"ami-...\")");
        }
    }

    private static List<EbsBlockDevice> ebs(Image i) {
        return i.blockDeviceMappings() == null ? List.of()
                : i.blockDeviceMappings().stream().map(BlockDeviceMapping::ebs).filter(e -> e != null).toList();
    }
}
