package dev.stratus.ec2;

import dev.stratus.ec2.api.AttachVolumeRequest;
import dev.stratus.ec2.api.CopySnapshotRequest;
import dev.stratus.ec2.api.CopySnapshotResult;
import dev.stratus.ec2.api.CreateSnapshotRequest;
import dev.stratus.ec2.api.CreateSnapshotsRequest;
import dev.stratus.ec2.api.CreateSnapshotsResult;
import dev.stratus.ec2.api.CreateTagsRequest;
import dev.stratus.ec2.api.CreateVolumeRequest;
import dev.stratus.ec2.api.DeleteSnapshotRequest;
import dev.stratus.ec2.api.DeleteTagsRequest;
import dev.stratus.ec2.api.DeleteVolumeRequest;
import dev.stratus.ec2.api.DescribeSnapshotAttributeRequest;
import dev.stratus.ec2.api.DescribeSnapshotAttributeResult;
import dev.stratus.ec2.api.DescribeSnapshotsRequest;
import dev.stratus.ec2.api.DescribeSnapshotsResult;
import dev.stratus.ec2.api.DescribeTagsRequest;
import dev.stratus.ec2.api.DescribeTagsResult;
import dev.stratus.ec2.api.DescribeVolumeAttributeRequest;
import dev.stratus.ec2.api.DescribeVolumeAttributeResult;
import dev.stratus.ec2.api.DescribeVolumeStatusRequest;
import dev.stratus.ec2.api.DescribeVolumeStatusResult;
import dev.stratus.ec2.api.DescribeVolumesModificationsRequest;
import dev.stratus.ec2.api.DescribeVolumesModificationsResult;
import dev.stratus.ec2.api.DescribeVolumesRequest;
import dev.stratus.ec2.api.DescribeVolumesResult;
import dev.stratus.ec2.api.DetachVolumeRequest;
import dev.stratus.ec2.api.Ec2Api;
import dev.stratus.ec2.api.ModifySnapshotAttributeRequest;
import dev.stratus.ec2.api.ModifyVolumeAttributeRequest;
import dev.stratus.ec2.api.ModifyVolumeRequest;
import dev.stratus.ec2.api.ModifyVolumeResult;
import dev.stratus.ec2.api.ResetSnapshotAttributeRequest;
import dev.stratus.ec2.api.Snapshot;
import dev.stratus.ec2.api.TagDescription;
import dev.stratus.ec2.api.Volume;
import dev.stratus.ec2.api.VolumeAttachment;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import java.util.List;
import java.util.function.Predicate;

/**
 * Amazon EC2's operations, simulated: no machine runs, but every resource has AWS's shape, states
 * and events. Each operation hands its work to the domain piece that owns the kind of resource.
 */
final class Ec2Service implements Ec2Api {
    private static final Filters<TagDescription> TAG_FILTERS = Filters.<TagDescription>of(null)
            .one("key", TagDescription::key)
            .one("value", TagDescription::value)
            .one("resource-id", TagDescription::resourceId)
            .one("resource-type", TagDescription::resourceType)
            .build();

    private final Store store;
    private final ResourceTags tags;
    private final Ebs ebs;

    Ec2Service(Store store, ResourceTags tags, Ebs ebs) {
        this.store = store;
        this.tags = tags;
        this.ebs = ebs;
        Tags.migrate(store);
    }

    @Override
    public void createTags(RequestContext ctx, CreateTagsRequest in) {
        store.write(tx -> {
            tags.create(tx, ctx.accountId(), ctx.region(), in.resources(), in.tags());
            return null;
        });
    }

    @Override
    public void deleteTags(RequestContext ctx, DeleteTagsRequest in) {
        store.write(tx -> {
            tags.delete(tx, ctx.accountId(), ctx.region(), in.resources(), in.tags());
            return null;
        });
    }

    @Override
    public DescribeTagsResult describeTags(RequestContext ctx, DescribeTagsRequest in) {
        Predicate<TagDescription> wanted = TAG_FILTERS.parse(in.filters());
        List<TagDescription> all = store.read(tx -> tags.all(tx, ctx.accountId(), ctx.region())).stream().filter(wanted).toList();
        Paging.Page<TagDescription> page = Pages.of(ctx, all, d -> d.resourceId() + "\u0000" + d.key(), in.nextToken(), in.maxResults(),
                5, 1000, in.filters());
        return new DescribeTagsResult(page.nextToken(), page.items());
    }

    // EBS volumes

    @Override
    public Volume createVolume(RequestContext ctx, CreateVolumeRequest in) {
        return ebs.volumes().create(ctx, in);
    }

    @Override
    public DescribeVolumesResult describeVolumes(RequestContext ctx, DescribeVolumesRequest in) {
        return ebs.volumes().describe(ctx, in);
    }

    @Override
    public VolumeAttachment attachVolume(RequestContext ctx, AttachVolumeRequest in) {
        return ebs.volumes().attach(ctx, in);
    }

    @Override
    public VolumeAttachment detachVolume(RequestContext ctx, DetachVolumeRequest in) {
        return ebs.volumes().detach(ctx, in);
    }

    @Override
    public void deleteVolume(RequestContext ctx, DeleteVolumeRequest in) {
        ebs.volumes().delete(ctx, in);
    }

    @Override
    public ModifyVolumeResult modifyVolume(RequestContext ctx, ModifyVolumeRequest in) {
        return ebs.volumes().modify(ctx, in);
    }

    @Override
    public DescribeVolumesModificationsResult describeVolumesModifications(RequestContext ctx, DescribeVolumesModificationsRequest in) {
        return ebs.volumes().describeModifications(ctx, in);
    }

    @Override
    public DescribeVolumeStatusResult describeVolumeStatus(RequestContext ctx, DescribeVolumeStatusRequest in) {
        return ebs.volumes().describeStatus(ctx, in);
    }

    @Override
    public void modifyVolumeAttribute(RequestContext ctx, ModifyVolumeAttributeRequest in) {
        ebs.volumes().modifyAttribute(ctx, in);
    }

    @Override
    public DescribeVolumeAttributeResult describeVolumeAttribute(RequestContext ctx, DescribeVolumeAttributeRequest in) {
        return ebs.volumes().describeAttribute(ctx, in);
    }

    // EBS snapshots

    @Override
    public Snapshot createSnapshot(RequestContext ctx, CreateSnapshotRequest in) {
        return ebs.snapshots().create(ctx, in);
    }

    @Override
    public CreateSnapshotsResult createSnapshots(RequestContext ctx, CreateSnapshotsRequest in) {
        return ebs.snapshots().createMany(ctx, in);
    }

    @Override
    public CopySnapshotResult copySnapshot(RequestContext ctx, CopySnapshotRequest in) {
        return ebs.snapshots().copy(ctx, in);
    }

    @Override
    public DescribeSnapshotsResult describeSnapshots(RequestContext ctx, DescribeSnapshotsRequest in) {
        return ebs.snapshots().describe(ctx, in);
    }

    @Override
    public void deleteSnapshot(RequestContext ctx, DeleteSnapshotRequest in) {
        ebs.snapshots().delete(ctx, in);
    }

    @Override
    public void modifySnapshotAttribute(RequestContext ctx, ModifySnapshotAttributeRequest in) {
        ebs.snapshots().modifyAttribute(ctx, in);
    }

    @Override
    public DescribeSnapshotAttributeResult describeSnapshotAttribute(RequestContext ctx, DescribeSnapshotAttributeRequest in) {
        return ebs.snapshots().describeAttribute(ctx, in);
    }

    @Override
    public void resetSnapshotAttribute(RequestContext ctx, ResetSnapshotAttributeRequest in) {
        ebs.snapshots().resetAttribute(ctx, in);
    }
}
