package dev.stratus.ec2;

import dev.stratus.ec2.api.CreateLaunchTemplateRequest;
import dev.stratus.ec2.api.CreateLaunchTemplateResult;
import dev.stratus.ec2.api.CreateLaunchTemplateVersionRequest;
import dev.stratus.ec2.api.CreateLaunchTemplateVersionResult;
import dev.stratus.ec2.api.CreateTagsRequest;
import dev.stratus.ec2.api.DeleteLaunchTemplateRequest;
import dev.stratus.ec2.api.DeleteLaunchTemplateResult;
import dev.stratus.ec2.api.DeleteLaunchTemplateVersionsRequest;
import dev.stratus.ec2.api.DeleteLaunchTemplateVersionsResult;
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
import dev.stratus.ec2.api.DeleteTagsRequest;
import dev.stratus.ec2.api.DescribeTagsRequest;
import dev.stratus.ec2.api.DescribeTagsResult;
import dev.stratus.ec2.api.Ec2Api;
import dev.stratus.ec2.api.TagDescription;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
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
    private final Ec2Instances instances;
    private final LaunchTemplates templates;

    Ec2Service(Store store, ResourceTags tags, Ec2Instances instances, LaunchTemplates templates) {
        this.store = store;
        this.tags = tags;
        this.instances = instances;
        this.templates = templates;
        Tags.migrate(store);
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
}
