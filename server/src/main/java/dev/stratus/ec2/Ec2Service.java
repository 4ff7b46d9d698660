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
import dev.stratus.ec2.api.CreateLaunchTemplateRequest;
import dev.stratus.ec2.api.CreateLaunchTemplateResult;
import dev.stratus.ec2.api.CreateLaunchTemplateVersionRequest;
import dev.stratus.ec2.api.CreateLaunchTemplateVersionResult;
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
import dev.stratus.ec2.api.DeleteLaunchTemplateRequest;
import dev.stratus.ec2.api.DeleteLaunchTemplateResult;
import dev.stratus.ec2.api.DeleteLaunchTemplateVersionsRequest;
import dev.stratus.ec2.api.DeleteLaunchTemplateVersionsResult;
import dev.stratus.ec2.api.DeleteSecurityGroupRequest;
import dev.stratus.ec2.api.DeleteSecurityGroupResult;
import dev.stratus.ec2.api.DeleteSnapshotRequest;
import dev.stratus.ec2.api.DeleteSubnetRequest;
import dev.stratus.ec2.api.DescribeInstanceAttributeRequest;
import dev.stratus.ec2.api.DescribeInstanceStatusRequest;
import dev.stratus.ec2.api.DescribeInstanceStatusResult;
import dev.stratus.ec2.api.DescribeInstanceTypesRequest;
import dev.stratus.ec2.api.DescribeInstanceTypesResult;
import dev.stratus.ec2.api.DescribeInstancesRequest;
import dev.stratus.ec2.api.DescribeInstancesResult;
import dev.stratus.ec2.api.DescribeLaunchTemplateVersionsRequest;
import dev.stratus.ec2.api.DescribeLaunchTemplateVersionsResult;
import dev.stratus.ec2.api.DescribeLaunchTemplatesRequest;
import dev.stratus.ec2.api.DescribeLaunchTemplatesResult;
import dev.stratus.ec2.api.InstanceAttribute;
import dev.stratus.ec2.api.LaunchTemplate;
import dev.stratus.ec2.api.LaunchTemplateVersion;
import dev.stratus.ec2.api.ModifyInstanceAttributeRequest;
import dev.stratus.ec2.api.MonitorInstancesRequest;
import dev.stratus.ec2.api.MonitorInstancesResult;
import dev.stratus.ec2.api.ModifyLaunchTemplateRequest;
import dev.stratus.ec2.api.ModifyLaunchTemplateResult;
import dev.stratus.ec2.api.RebootInstancesRequest;
import dev.stratus.ec2.api.Reservation;
import dev.stratus.ec2.api.RunInstancesRequest;
import dev.stratus.ec2.api.StartInstancesRequest;
import dev.stratus.ec2.api.StartInstancesResult;
import dev.stratus.ec2.api.StopInstancesRequest;
import dev.stratus.ec2.api.StopInstancesResult;
import dev.stratus.ec2.api.TerminateInstancesRequest;
import dev.stratus.ec2.api.TerminateInstancesResult;
import dev.stratus.ec2.api.UnmonitorInstancesRequest;
import dev.stratus.ec2.api.UnmonitorInstancesResult;
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
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Map;
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

    private static final Filters<InstanceTypes.Type> TYPE_FILTERS = Filters.<InstanceTypes.Type>of(null)
            .one("instance-type", InstanceTypes.Type::name)
            .one("processor-info.supported-architecture", InstanceTypes.Type::architecture)
            .one("vcpu-info.default-vcpus", InstanceTypes.Type::vcpus)
            .one("vcpu-info.default-cores", InstanceTypes.Type::cores)
            .one("vcpu-info.default-threads-per-core", InstanceTypes.Type::threadsPerCore)
            .one("memory-info.size-in-mib", InstanceTypes.Type::memoryMiB)
            .one("hypervisor", InstanceTypes.Type::hypervisor)
            .one("burstable-performance-supported", InstanceTypes.Type::burstable)
            .one("free-tier-eligible", InstanceTypes.Type::freeTier)
            .one("current-generation", t -> true)
            .build();
    private static final Filters<LaunchTemplate> TEMPLATE_FILTERS = Filters.<LaunchTemplate>of(t -> ResourceTags.map(t.tags()))
            .one("launch-template-name", LaunchTemplate::launchTemplateName)
            .one("create-time", t -> t.createTime().toString())
            .build();

    private final Store store;
    private final ResourceTags tags;
    private final Ec2Network network;
    private final Ebs ebs;
    private final Ec2Instances instances;
    private final LaunchTemplates templates;

    Ec2Service(Store store, ResourceTags tags, Ec2Network network, Ebs ebs, Ec2Instances instances, LaunchTemplates templates) {
        this.store = store;
        this.tags = tags;
        this.network = network;
        this.ebs = ebs;
        this.instances = instances;
        this.templates = templates;
    }

    /**
     * Where instances are put and what they start from ({@link Network}), and the hooks the rest
     * of EC2 gives it: the groups instances use, the snapshots EBS keeps, images made from instances.
     */
    Ec2Network network() {
        return network;
    }

    @Override
    public Reservation runInstances(RequestContext ctx, RunInstancesRequest in) {
        return store.write(tx -> instances.run(tx, ctx, in));
    }

    @Override
    public StartInstancesResult startInstances(RequestContext ctx, StartInstancesRequest in) {
        return new StartInstancesResult(store.write(tx -> instances.start(tx, ctx.accountId(), ctx.region(), in.instanceIds())));
    }

    @Override
    public StopInstancesResult stopInstances(RequestContext ctx, StopInstancesRequest in) {
        return new StopInstancesResult(store.write(tx -> instances.stop(tx, ctx.accountId(), ctx.region(), in.instanceIds(),
                Boolean.TRUE.equals(in.hibernate()))));
    }

    @Override
    public TerminateInstancesResult terminateInstances(RequestContext ctx, TerminateInstancesRequest in) {
        return new TerminateInstancesResult(store.write(tx -> instances.terminate(tx, ctx.accountId(), ctx.region(), in.instanceIds(), false)));
    }

    @Override
    public void rebootInstances(RequestContext ctx, RebootInstancesRequest in) {
        store.read(tx -> {
            instances.reboot(tx, ctx.accountId(), ctx.region(), in.instanceIds());
            return null;
        });
    }

    @Override
    public DescribeInstancesResult describeInstances(RequestContext ctx, DescribeInstancesRequest in) {
        return store.read(tx -> instances.describe(tx, ctx, in));
    }

    @Override
    public DescribeInstanceStatusResult describeInstanceStatus(RequestContext ctx, DescribeInstanceStatusRequest in) {
        return store.read(tx -> instances.status(tx, ctx, in));
    }

    @Override
    public InstanceAttribute describeInstanceAttribute(RequestContext ctx, DescribeInstanceAttributeRequest in) {
        return store.read(tx -> instances.attribute(tx, ctx, in));
    }

    @Override
    public void modifyInstanceAttribute(RequestContext ctx, ModifyInstanceAttributeRequest in) {
        store.write(tx -> {
            instances.modify(tx, ctx, in);
            return null;
        });
    }

    @Override
    public MonitorInstancesResult monitorInstances(RequestContext ctx, MonitorInstancesRequest in) {
        return new MonitorInstancesResult(store.write(tx -> instances.monitor(tx, ctx.accountId(), ctx.region(), in.instanceIds(), true)));
    }

    @Override
    public UnmonitorInstancesResult unmonitorInstances(RequestContext ctx, UnmonitorInstancesRequest in) {
        return new UnmonitorInstancesResult(store.write(tx -> instances.monitor(tx, ctx.accountId(), ctx.region(), in.instanceIds(), false)));
    }

    @Override
    public DescribeInstanceTypesResult describeInstanceTypes(RequestContext ctx, DescribeInstanceTypesRequest in) {
        List<InstanceTypes.Type> types = InstanceTypes.all();
        if (in.instanceTypes() != null && !in.instanceTypes().isEmpty()) {
            List<String> unknown = in.instanceTypes().stream().filter(t -> InstanceTypes.find(t).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw new AwsException("InvalidInstanceType", "The following supplied instance types do not exist: [" + String.join(", ", unknown) + "]");
            }
            types = types.stream().filter(t -> in.instanceTypes().contains(t.name())).toList();
        }
        Predicate<InstanceTypes.Type> wanted = TYPE_FILTERS.parse(in.filters());
        List<InstanceTypes.Type> listed = types.stream().filter(wanted).sorted(java.util.Comparator.comparing(InstanceTypes.Type::name)).toList();
        Paging.Page<InstanceTypes.Type> page = Pages.of(ctx, listed, InstanceTypes.Type::name, in.nextToken(), in.maxResults(), 5, 100,
                in.instanceTypes(), in.filters());
        return new DescribeInstanceTypesResult(page.items().stream().map(InstanceTypes::info).toList(), page.nextToken());
    }

    @Override
    public CreateLaunchTemplateResult createLaunchTemplate(RequestContext ctx, CreateLaunchTemplateRequest in) {
        return store.write(tx -> {
            LaunchTemplates.Template t = templates.create(tx, ctx.accountId(), ctx.region(), ctx.principal().id(), in);
            Map<String, String> given = tags.specified(tx, ctx.accountId(), ctx.region(), ResourceType.LAUNCH_TEMPLATE, t.id(), in.tagSpecifications());
            return new CreateLaunchTemplateResult(LaunchTemplates.shape(t, ResourceTags.tagSet(given)), null);
        });
    }

    @Override
    public CreateLaunchTemplateVersionResult createLaunchTemplateVersion(RequestContext ctx, CreateLaunchTemplateVersionRequest in) {
        return store.write(tx -> new CreateLaunchTemplateVersionResult(
                LaunchTemplates.shape(templates.createVersion(tx, ctx.accountId(), ctx.region(), ctx.principal().id(), in)), null));
    }

    @Override
    public ModifyLaunchTemplateResult modifyLaunchTemplate(RequestContext ctx, ModifyLaunchTemplateRequest in) {
        return store.write(tx -> new ModifyLaunchTemplateResult(LaunchTemplates.shape(
                templates.setDefault(tx, ctx.accountId(), ctx.region(), in.launchTemplateId(), in.launchTemplateName(), in.defaultVersion()), null)));
    }

    @Override
    public DeleteLaunchTemplateResult deleteLaunchTemplate(RequestContext ctx, DeleteLaunchTemplateRequest in) {
        return store.write(tx -> {
            LaunchTemplates.Template t = templates.delete(tx, ctx.accountId(), ctx.region(), in.launchTemplateId(), in.launchTemplateName());
            tags.forget(tx, ctx.accountId(), ctx.region(), t.id());
            return new DeleteLaunchTemplateResult(LaunchTemplates.shape(t, null));
        });
    }

    @Override
    public DeleteLaunchTemplateVersionsResult deleteLaunchTemplateVersions(RequestContext ctx, DeleteLaunchTemplateVersionsRequest in) {
        return store.write(tx -> templates.deleteVersions(tx, ctx.accountId(), ctx.region(), in));
    }

    @Override
    public DescribeLaunchTemplatesResult describeLaunchTemplates(RequestContext ctx, DescribeLaunchTemplatesRequest in) {
        return store.read(tx -> {
            List<LaunchTemplates.Template> chosen = new java.util.ArrayList<>();
            if (in.launchTemplateIds() != null && !in.launchTemplateIds().isEmpty()) {
                for (String id : in.launchTemplateIds()) {
                    chosen.add(templates.named(tx, ctx.accountId(), ctx.region(), id, null));
                }
            } else if (in.launchTemplateNames() != null && !in.launchTemplateNames().isEmpty()) {
                for (String name : in.launchTemplateNames()) {
                    chosen.add(templates.named(tx, ctx.accountId(), ctx.region(), null, name));
                }
            } else {
                chosen = templates.all(tx, ctx.accountId(), ctx.region());
            }
            Predicate<LaunchTemplate> wanted = TEMPLATE_FILTERS.parse(in.filters());
            List<LaunchTemplate> shown = new java.util.ArrayList<>();
            for (LaunchTemplates.Template t : chosen) {
                LaunchTemplate s = LaunchTemplates.shape(t, ResourceTags.tagSet(tags.of(tx, ctx.accountId(), ctx.region(), t.id())));
                if (wanted.test(s)) {
                    shown.add(s);
                }
            }
            Paging.Page<LaunchTemplate> page = Pages.of(ctx, shown, LaunchTemplate::launchTemplateId, in.nextToken(), in.maxResults(), 1, 200,
                    in.launchTemplateIds(), in.launchTemplateNames(), in.filters());
            return new DescribeLaunchTemplatesResult(page.items(), page.nextToken());
        });
    }

    @Override
    public DescribeLaunchTemplateVersionsResult describeLaunchTemplateVersions(RequestContext ctx, DescribeLaunchTemplateVersionsRequest in) {
        return store.read(tx -> {
            LaunchTemplates.Template t = templates.named(tx, ctx.accountId(), ctx.region(), in.launchTemplateId(), in.launchTemplateName());
            List<LaunchTemplates.Version> versions = new java.util.ArrayList<>();
            if (in.versions() != null && !in.versions().isEmpty()) {
                for (String v : in.versions()) {
                    versions.add(templates.version(tx, t, v));
                }
            } else {
                long min = in.minVersion() == null ? 1 : templates.version(tx, t, in.minVersion()).number();
                long max = in.maxVersion() == null ? Long.MAX_VALUE : templates.version(tx, t, in.maxVersion()).number();
                templates.versions(tx, t).stream().filter(v -> v.number() >= min && v.number() <= max).forEach(versions::add);
            }
            List<LaunchTemplateVersion> shown = versions.stream().map(LaunchTemplates::shape).toList();
            Paging.Page<LaunchTemplateVersion> page = Pages.of(ctx, shown, v -> String.format("%019d", v.versionNumber()), in.nextToken(),
                    in.maxResults(), 1, 200, t.id(), in.versions(), in.minVersion(), in.maxVersion());
            return new DescribeLaunchTemplateVersionsResult(page.items(), page.nextToken());
        });
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
