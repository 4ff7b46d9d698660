package dev.stratus.ec2;

import dev.stratus.ec2.api.AttachVolumeRequest;
import dev.stratus.ec2.api.AuthorizeSecurityGroupEgressRequest;
import dev.stratus.ec2.api.AuthorizeSecurityGroupEgressResult;
import dev.stratus.ec2.api.AuthorizeSecurityGroupIngressRequest;
import dev.stratus.ec2.api.AuthorizeSecurityGroupIngressResult;
import dev.stratus.ec2.api.CopyImageRequest;
import dev.stratus.ec2.api.CopyImageResult;
import dev.stratus.ec2.api.CopySnapshotRequest;
import dev.stratus.ec2.api.CopySnapshotResult;
import dev.stratus.ec2.api.CreateDefaultSubnetRequest;
import dev.stratus.ec2.api.CreateDefaultSubnetResult;
import dev.stratus.ec2.api.CreateDefaultVpcRequest;
import dev.stratus.ec2.api.CreateDefaultVpcResult;
import dev.stratus.ec2.api.CreateKeyPairRequest;
import dev.stratus.ec2.api.CreateSecurityGroupRequest;
import dev.stratus.ec2.api.CreateSecurityGroupResult;
import dev.stratus.ec2.api.CreateSnapshotRequest;
import dev.stratus.ec2.api.CreateSnapshotsRequest;
import dev.stratus.ec2.api.CreateSnapshotsResult;
import dev.stratus.ec2.api.CreateSubnetRequest;
import dev.stratus.ec2.api.CreateSubnetResult;
import dev.stratus.ec2.api.CreateTagsRequest;
import dev.stratus.ec2.api.CreateVolumeRequest;
import dev.stratus.ec2.api.CreateVpcRequest;
import dev.stratus.ec2.api.CreateVpcResult;
import dev.stratus.ec2.api.DeleteKeyPairRequest;
import dev.stratus.ec2.api.DeleteKeyPairResult;
import dev.stratus.ec2.api.DeleteSecurityGroupRequest;
import dev.stratus.ec2.api.DeleteSecurityGroupResult;
import dev.stratus.ec2.api.DeleteSnapshotRequest;
import dev.stratus.ec2.api.DeleteSubnetRequest;
import dev.stratus.ec2.api.DeleteTagsRequest;
import dev.stratus.ec2.api.DeleteVolumeRequest;
import dev.stratus.ec2.api.DeleteVpcRequest;
import dev.stratus.ec2.api.DeregisterImageRequest;
import dev.stratus.ec2.api.DeregisterImageResult;
import dev.stratus.ec2.api.DescribeAccountAttributesRequest;
import dev.stratus.ec2.api.DescribeAccountAttributesResult;
import dev.stratus.ec2.api.DescribeAvailabilityZonesRequest;
import dev.stratus.ec2.api.DescribeAvailabilityZonesResult;
import dev.stratus.ec2.api.DescribeDhcpOptionsRequest;
import dev.stratus.ec2.api.DescribeDhcpOptionsResult;
import dev.stratus.ec2.api.DescribeImageAttributeRequest;
import dev.stratus.ec2.api.DescribeImagesRequest;
import dev.stratus.ec2.api.DescribeImagesResult;
import dev.stratus.ec2.api.DescribeInternetGatewaysRequest;
import dev.stratus.ec2.api.DescribeInternetGatewaysResult;
import dev.stratus.ec2.api.DescribeKeyPairsRequest;
import dev.stratus.ec2.api.DescribeKeyPairsResult;
import dev.stratus.ec2.api.DescribeNetworkAclsRequest;
import dev.stratus.ec2.api.DescribeNetworkAclsResult;
import dev.stratus.ec2.api.DescribeRegionsRequest;
import dev.stratus.ec2.api.DescribeRegionsResult;
import dev.stratus.ec2.api.DescribeRouteTablesRequest;
import dev.stratus.ec2.api.DescribeRouteTablesResult;
import dev.stratus.ec2.api.DescribeSecurityGroupRulesRequest;
import dev.stratus.ec2.api.DescribeSecurityGroupRulesResult;
import dev.stratus.ec2.api.DescribeSecurityGroupsRequest;
import dev.stratus.ec2.api.DescribeSecurityGroupsResult;
import dev.stratus.ec2.api.DescribeSnapshotAttributeRequest;
import dev.stratus.ec2.api.DescribeSnapshotAttributeResult;
import dev.stratus.ec2.api.DescribeSnapshotsRequest;
import dev.stratus.ec2.api.DescribeSnapshotsResult;
import dev.stratus.ec2.api.DescribeSubnetsRequest;
import dev.stratus.ec2.api.DescribeSubnetsResult;
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
import dev.stratus.ec2.api.DescribeVpcAttributeRequest;
import dev.stratus.ec2.api.DescribeVpcAttributeResult;
import dev.stratus.ec2.api.DescribeVpcsRequest;
import dev.stratus.ec2.api.DescribeVpcsResult;
import dev.stratus.ec2.api.DetachVolumeRequest;
import dev.stratus.ec2.api.Ec2Api;
import dev.stratus.ec2.api.ImageAttribute;
import dev.stratus.ec2.api.ImportKeyPairRequest;
import dev.stratus.ec2.api.ImportKeyPairResult;
import dev.stratus.ec2.api.IpPermission;
import dev.stratus.ec2.api.KeyPair;
import dev.stratus.ec2.api.ModifyImageAttributeRequest;
import dev.stratus.ec2.api.ModifySnapshotAttributeRequest;
import dev.stratus.ec2.api.ModifySubnetAttributeRequest;
import dev.stratus.ec2.api.ModifyVolumeAttributeRequest;
import dev.stratus.ec2.api.ModifyVolumeRequest;
import dev.stratus.ec2.api.ModifyVolumeResult;
import dev.stratus.ec2.api.ModifyVpcAttributeRequest;
import dev.stratus.ec2.api.RegisterImageRequest;
import dev.stratus.ec2.api.RegisterImageResult;
import dev.stratus.ec2.api.ResetImageAttributeRequest;
import dev.stratus.ec2.api.ResetSnapshotAttributeRequest;
import dev.stratus.ec2.api.RevokeSecurityGroupEgressRequest;
import dev.stratus.ec2.api.RevokeSecurityGroupEgressResult;
import dev.stratus.ec2.api.RevokeSecurityGroupIngressRequest;
import dev.stratus.ec2.api.RevokeSecurityGroupIngressResult;
import dev.stratus.ec2.api.Snapshot;
import dev.stratus.ec2.api.TagDescription;
import dev.stratus.ec2.api.Volume;
import dev.stratus.ec2.api.VolumeAttachment;
import dev.stratus.ec2.api.Vpc;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
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
    private final Ec2Network network;
    private final Ebs ebs;

    /** Tags first: the network's migration needs none of it, but its resources are tagged there. */
    Ec2Service(Store store, ResourceTags tags, Clock clock, Timers timers, Ebs ebs) {
        this.store = store;
        this.tags = tags;
        this.ebs = ebs;
        Tags.migrate(store);
        this.network = new Ec2Network(store, tags, clock, timers);
    }

    /**
     * Where instances are put and what they start from ({@link Network}), and the hooks the rest
     * of EC2 gives it: the groups instances use, the snapshots EBS keeps, images made from instances.
     */
    Ec2Network network() {
        return network;
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

    // ---- regions and zones

    @Override
    public DescribeRegionsResult describeRegions(RequestContext ctx, DescribeRegionsRequest in) {
        return Regions.describeRegions(in);
    }

    @Override
    public DescribeAvailabilityZonesResult describeAvailabilityZones(RequestContext ctx, DescribeAvailabilityZonesRequest in) {
        return Regions.describeAvailabilityZones(ctx.region(), in);
    }

    @Override
    public DescribeAccountAttributesResult describeAccountAttributes(RequestContext ctx, DescribeAccountAttributesRequest in) {
        return Regions.describeAccountAttributes(in, read(ctx, tx -> network.vpcs.defaultVpc(tx, ctx.accountId(), ctx.region())
                .map(Vpc::vpcId).orElse(null)));
    }

    // ---- VPCs and subnets

    @Override
    public CreateVpcResult createVpc(RequestContext ctx, CreateVpcRequest in) {
        return new CreateVpcResult(store.write(tx -> network.vpcs.create(tx, ctx, in)));
    }

    @Override
    public CreateDefaultVpcResult createDefaultVpc(RequestContext ctx, CreateDefaultVpcRequest in) {
        return new CreateDefaultVpcResult(store.write(tx -> network.vpcs.createDefault(tx, ctx)));
    }

    @Override
    public CreateDefaultSubnetResult createDefaultSubnet(RequestContext ctx, CreateDefaultSubnetRequest in) {
        return new CreateDefaultSubnetResult(store.write(tx -> network.vpcs.createDefaultSubnet(tx, ctx, in.availabilityZone(),
                in.availabilityZoneId(), in.ipv6Native())));
    }

    @Override
    public void deleteVpc(RequestContext ctx, DeleteVpcRequest in) {
        store.write(tx -> {
            network.vpcs.delete(tx, ctx, in.vpcId());
            return null;
        });
    }

    @Override
    public DescribeVpcsResult describeVpcs(RequestContext ctx, DescribeVpcsRequest in) {
        return read(ctx, tx -> network.vpcs.describe(tx, ctx, in));
    }

    @Override
    public DescribeVpcAttributeResult describeVpcAttribute(RequestContext ctx, DescribeVpcAttributeRequest in) {
        return read(ctx, tx -> network.vpcs.describeAttribute(tx, ctx, in));
    }

    @Override
    public void modifyVpcAttribute(RequestContext ctx, ModifyVpcAttributeRequest in) {
        store.write(tx -> {
            network.vpcs.modifyAttribute(tx, ctx, in);
            return null;
        });
    }

    @Override
    public CreateSubnetResult createSubnet(RequestContext ctx, CreateSubnetRequest in) {
        return new CreateSubnetResult(store.write(tx -> network.subnets.create(tx, ctx, in)));
    }

    @Override
    public void deleteSubnet(RequestContext ctx, DeleteSubnetRequest in) {
        store.write(tx -> {
            network.subnets.delete(tx, ctx, in.subnetId());
            return null;
        });
    }

    @Override
    public DescribeSubnetsResult describeSubnets(RequestContext ctx, DescribeSubnetsRequest in) {
        return read(ctx, tx -> network.subnets.describe(tx, ctx, in));
    }

    @Override
    public void modifySubnetAttribute(RequestContext ctx, ModifySubnetAttributeRequest in) {
        store.write(tx -> {
            network.subnets.modify(tx, ctx, in);
            return null;
        });
    }

    @Override
    public DescribeInternetGatewaysResult describeInternetGateways(RequestContext ctx, DescribeInternetGatewaysRequest in) {
        return read(ctx, tx -> network.vpcs.describeInternetGateways(tx, ctx, in));
    }

    @Override
    public DescribeRouteTablesResult describeRouteTables(RequestContext ctx, DescribeRouteTablesRequest in) {
        return read(ctx, tx -> network.vpcs.describeRouteTables(tx, ctx, in));
    }

    @Override
    public DescribeNetworkAclsResult describeNetworkAcls(RequestContext ctx, DescribeNetworkAclsRequest in) {
        return read(ctx, tx -> network.vpcs.describeNetworkAcls(tx, ctx, in));
    }

    @Override
    public DescribeDhcpOptionsResult describeDhcpOptions(RequestContext ctx, DescribeDhcpOptionsRequest in) {
        return read(ctx, tx -> network.vpcs.describeDhcpOptions(tx, ctx, in));
    }

    // ---- security groups

    @Override
    public CreateSecurityGroupResult createSecurityGroup(RequestContext ctx, CreateSecurityGroupRequest in) {
        return store.write(tx -> network.securityGroups.create(tx, ctx, in));
    }

    @Override
    public DeleteSecurityGroupResult deleteSecurityGroup(RequestContext ctx, DeleteSecurityGroupRequest in) {
        return new DeleteSecurityGroupResult(true, store.write(tx -> network.securityGroups.delete(tx, ctx, in.groupId(), in.groupName())));
    }

    @Override
    public DescribeSecurityGroupsResult describeSecurityGroups(RequestContext ctx, DescribeSecurityGroupsRequest in) {
        return read(ctx, tx -> network.securityGroups.describe(tx, ctx, in));
    }

    @Override
    public DescribeSecurityGroupRulesResult describeSecurityGroupRules(RequestContext ctx, DescribeSecurityGroupRulesRequest in) {
        return read(ctx, tx -> network.securityGroups.describeRules(tx, ctx, in));
    }

    @Override
    public AuthorizeSecurityGroupIngressResult authorizeSecurityGroupIngress(RequestContext ctx, AuthorizeSecurityGroupIngressRequest in) {
        List<IpPermission> asked = permissions(in.ipPermissions(), Permissions.legacy(in.cidrIp(), in.ipProtocol(), in.fromPort(), in.toPort(),
                in.sourceSecurityGroupName(), in.sourceSecurityGroupOwnerId()));
        return new AuthorizeSecurityGroupIngressResult(true, store.write(tx -> network.securityGroups.authorize(tx, ctx, false, in.groupId(),
                in.groupName(), asked, in.tagSpecifications())));
    }

    @Override
    public AuthorizeSecurityGroupEgressResult authorizeSecurityGroupEgress(RequestContext ctx, AuthorizeSecurityGroupEgressRequest in) {
        List<IpPermission> asked = permissions(in.ipPermissions(), Permissions.legacy(in.cidrIp(), in.ipProtocol(), in.fromPort(), in.toPort(),
                in.sourceSecurityGroupName(), in.sourceSecurityGroupOwnerId()));
        return new AuthorizeSecurityGroupEgressResult(true, store.write(tx -> network.securityGroups.authorize(tx, ctx, true, in.groupId(),
                null, asked, in.tagSpecifications())));
    }

    @Override
    public RevokeSecurityGroupIngressResult revokeSecurityGroupIngress(RequestContext ctx, RevokeSecurityGroupIngressRequest in) {
        List<IpPermission> asked = permissions(in.ipPermissions(), Permissions.legacy(in.cidrIp(), in.ipProtocol(), in.fromPort(), in.toPort(),
                in.sourceSecurityGroupName(), in.sourceSecurityGroupOwnerId()));
        SecurityGroups.Revoked r = store.write(tx -> network.securityGroups.revoke(tx, ctx, false, in.groupId(), in.groupName(), asked,
                in.securityGroupRuleIds()));
        return new RevokeSecurityGroupIngressResult(true, r.unknown(), r.rules());
    }

    @Override
    public RevokeSecurityGroupEgressResult revokeSecurityGroupEgress(RequestContext ctx, RevokeSecurityGroupEgressRequest in) {
        List<IpPermission> asked = permissions(in.ipPermissions(), Permissions.legacy(in.cidrIp(), in.ipProtocol(), in.fromPort(), in.toPort(),
                in.sourceSecurityGroupName(), in.sourceSecurityGroupOwnerId()));
        SecurityGroups.Revoked r = store.write(tx -> network.securityGroups.revoke(tx, ctx, true, in.groupId(), null, asked,
                in.securityGroupRuleIds()));
        return new RevokeSecurityGroupEgressResult(true, r.unknown(), r.rules());
    }

    /** The rules asked for in IpPermissions, or in the older flat parameters. */
    private static List<IpPermission> permissions(List<IpPermission> given, IpPermission legacy) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        return legacy == null ? null : List.of(legacy);
    }

    // ---- key pairs

    @Override
    public KeyPair createKeyPair(RequestContext ctx, CreateKeyPairRequest in) {
        return store.write(tx -> network.keyPairs.create(tx, ctx, in));
    }

    @Override
    public ImportKeyPairResult importKeyPair(RequestContext ctx, ImportKeyPairRequest in) {
        return store.write(tx -> network.keyPairs.importKey(tx, ctx, in));
    }

    @Override
    public DescribeKeyPairsResult describeKeyPairs(RequestContext ctx, DescribeKeyPairsRequest in) {
        return store.read(tx -> network.keyPairs.describe(tx, ctx, in));
    }

    @Override
    public DeleteKeyPairResult deleteKeyPair(RequestContext ctx, DeleteKeyPairRequest in) {
        return store.write(tx -> network.keyPairs.delete(tx, ctx, in));
    }

    // ---- images

    @Override
    public DescribeImagesResult describeImages(RequestContext ctx, DescribeImagesRequest in) {
        return store.read(tx -> network.images.describe(tx, ctx, in));
    }

    @Override
    public RegisterImageResult registerImage(RequestContext ctx, RegisterImageRequest in) {
        return new RegisterImageResult(store.write(tx -> network.images.register(tx, ctx, in)));
    }

    @Override
    public DeregisterImageResult deregisterImage(RequestContext ctx, DeregisterImageRequest in) {
        store.write(tx -> {
            network.images.deregister(tx, ctx, in);
            return null;
        });
        return new DeregisterImageResult(true, null);
    }

    @Override
    public ImageAttribute describeImageAttribute(RequestContext ctx, DescribeImageAttributeRequest in) {
        return store.read(tx -> network.images.describeAttribute(tx, ctx, in));
    }

    @Override
    public void modifyImageAttribute(RequestContext ctx, ModifyImageAttributeRequest in) {
        store.write(tx -> {
            network.images.modifyAttribute(tx, ctx, in);
            return null;
        });
    }

    @Override
    public void resetImageAttribute(RequestContext ctx, ResetImageAttributeRequest in) {
        store.write(tx -> {
            network.images.resetAttribute(tx, ctx, in.imageId(), in.attribute());
            return null;
        });
    }

    @Override
    public CopyImageResult copyImage(RequestContext ctx, CopyImageRequest in) {
        return new CopyImageResult(store.write(tx -> network.images.copy(tx, ctx, in)));
    }

    /** A read of the region's network, its default VPC made first if this is the network's first use. */
    private <T> T read(RequestContext ctx, Store.Work<T> work) {
        network.ensureDefault(ctx);
        return store.read(work);
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
