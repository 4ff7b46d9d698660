package dev.stratus.autoscaling;

import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.autoscaling.api.AutoScalingGroup;
import dev.stratus.autoscaling.api.CreateAutoScalingGroupType;
import dev.stratus.autoscaling.api.Instance;
import dev.stratus.autoscaling.api.LaunchTemplateSpecification;
import dev.stratus.autoscaling.api.MixedInstancesPolicy;
import dev.stratus.autoscaling.api.UpdateAutoScalingGroupType;
import dev.stratus.platform.Arn;
import dev.stratus.platform.port.Instances;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups: CreateAutoScalingGroup and UpdateAutoScalingGroup with AWS's checks (one launch source
 * that exists, min ≤ desired ≤ max, zones or subnets that exist), DeleteAutoScalingGroup (refused
 * while instances or activities remain, unless forced), and how Describe shows a group.
 */
final class Groups {
    static final Set<String> TERMINATION_POLICIES = Set.of("Default", "OldestInstance", "NewestInstance", "OldestLaunchConfiguration",
            "OldestLaunchTemplate", "ClosestToNextInstanceHour", "AllocationStrategy");
    private static final Set<String> HEALTH_CHECK_TYPES = Set.of("EC2", "ELB", "EBS", "VPC_LATTICE");

    private final Clock clock;
    private final Instances instances;
    private final AutoScalingRepository repo;
    private final LaunchConfigurations launchConfigurations;

    Groups(Clock clock, Instances instances, AutoScalingRepository repo, LaunchConfigurations launchConfigurations) {
        this.clock = clock;
        this.instances = instances;
        this.repo = repo;
        this.launchConfigurations = launchConfigurations;
    }

    /** A new group, checked and saved; its instances are launched by the caller. */
    Group create(Tx tx, String account, String region, CreateAutoScalingGroupType in) throws SQLException {
        String name = in.autoScalingGroupName();
        if (find(tx, account, region, name) != null) {
            throw new AwsException("AlreadyExistsFault", "AutoScalingGroup by this name already exists - A group with the name " + name + " already exists");
        }
        Group g = new Group();
        g.account = account;
        g.region = region;
        g.name = name;
        g.arn = Arn.of("autoscaling", region, account, "autoScalingGroup:" + Ids.uuid() + ":autoScalingGroupName/" + name).toString();
        g.createdMillis = clock.millis();
        int sources = (in.launchConfigurationName() != null ? 1 : 0) + (in.launchTemplate() != null ? 1 : 0) + (in.mixedInstancesPolicy() != null ? 1 : 0)
                + (in.instanceId() != null ? 1 : 0);
        if (sources != 1) {
            throw new AwsException("ValidationError",
                    "Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.");
        }
        String vpcZoneIdentifier = in.vpcZoneIdentifier();
        if (in.instanceId() != null) {
            Instances.Instance i = instances.find(tx, account, region, List.of(in.instanceId())).stream().filter(x -> !x.state().equals("terminated"))
                    .findFirst().orElseThrow(() -> new AwsException("ValidationError", "Invalid instance id: " + in.instanceId()));
            launchConfigurations.createFromInstance(tx, account, region, name, i);
            g.launchConfigurationName = name;
            if (vpcZoneIdentifier == null && in.availabilityZones() == null) {
                vpcZoneIdentifier = i.subnetId();
            }
        }
        launchSource(tx, g, in.instanceId() != null ? name : in.launchConfigurationName(), in.launchTemplate(), in.mixedInstancesPolicy());
        if (in.minSize() == null || in.maxSize() == null) {
            throw new AwsException("ValidationError", "MinSize and MaxSize are required.");
        }
        sizes(g, in.minSize(), in.maxSize(), in.desiredCapacity() != null ? in.desiredCapacity() : in.minSize());
        zones(tx, g, in.availabilityZones(), vpcZoneIdentifier);
        if (g.zones.isEmpty()) {
            throw new AwsException("ValidationError", "At least one Availability Zone or VPC Subnet is required.");
        }
        g.defaultCooldown = in.defaultCooldown() != null ? in.defaultCooldown() : 300;
        g.healthCheckType = healthCheckType(in.healthCheckType() != null ? in.healthCheckType() : "EC2");
        g.healthCheckGracePeriod = in.healthCheckGracePeriod() != null ? in.healthCheckGracePeriod() : 0;
        if (in.terminationPolicies() != null && !in.terminationPolicies().isEmpty()) {
            g.terminationPolicies = terminationPolicies(in.terminationPolicies());
        }
        g.newInstancesProtectedFromScaleIn = Boolean.TRUE.equals(in.newInstancesProtectedFromScaleIn());
        g.capacityRebalance = in.capacityRebalance() != null ? in.capacityRebalance() : Boolean.FALSE;
        g.maxInstanceLifetime = in.maxInstanceLifetime();
        g.defaultInstanceWarmup = in.defaultInstanceWarmup();
        g.context = in.context();
        g.desiredCapacityType = in.desiredCapacityType();
        g.placementGroup = in.placementGroup();
        g.deletionProtection = in.deletionProtection();
        g.serviceLinkedRoleArn = in.serviceLinkedRoleARN() != null ? in.serviceLinkedRoleARN()
                : Arn.global("iam", region, account, "role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling").toString();
        return g;
    }

    /** Applies an update's settings to the group; its capacity is settled by the caller. */
    void update(Tx tx, Group g, UpdateAutoScalingGroupType in) throws SQLException {
        int sources = (in.launchConfigurationName() != null ? 1 : 0) + (in.launchTemplate() != null ? 1 : 0) + (in.mixedInstancesPolicy() != null ? 1 : 0);
        if (sources > 1) {
            throw new AwsException("ValidationError", "Valid requests must contain either LaunchTemplate, LaunchConfigurationName or MixedInstancesPolicy parameter.");
        }
        if (sources == 1) {
            g.launchConfigurationName = null;
            g.launchTemplate = null;
            g.mixedInstancesPolicy = null;
            launchSource(tx, g, in.launchConfigurationName(), in.launchTemplate(), in.mixedInstancesPolicy());
        }
        int min = in.minSize() != null ? in.minSize() : g.minSize;
        int max = in.maxSize() != null ? in.maxSize() : g.maxSize;
        int desired = in.desiredCapacity() != null ? in.desiredCapacity() : Math.min(Math.max(g.desiredCapacity, min), max);
        sizes(g, min, max, desired);
        if (in.availabilityZones() != null || in.vpcZoneIdentifier() != null) {
            zones(tx, g, in.availabilityZones(), in.vpcZoneIdentifier());
        }
        if (in.defaultCooldown() != null) {
            g.defaultCooldown = in.defaultCooldown();
        }
        if (in.healthCheckType() != null) {
            g.healthCheckType = healthCheckType(in.healthCheckType());
        }
        if (in.healthCheckGracePeriod() != null) {
            g.healthCheckGracePeriod = in.healthCheckGracePeriod();
        }
        if (in.terminationPolicies() != null && !in.terminationPolicies().isEmpty()) {
            g.terminationPolicies = terminationPolicies(in.terminationPolicies());
        }
        if (in.newInstancesProtectedFromScaleIn() != null) {
            g.newInstancesProtectedFromScaleIn = in.newInstancesProtectedFromScaleIn();
        }
        if (in.capacityRebalance() != null) {
            g.capacityRebalance = in.capacityRebalance();
        }
        if (in.maxInstanceLifetime() != null) {
            g.maxInstanceLifetime = in.maxInstanceLifetime();
        }
        if (in.defaultInstanceWarmup() != null) {
            g.defaultInstanceWarmup = in.defaultInstanceWarmup();
        }
        if (in.context() != null) {
            g.context = in.context();
        }
        if (in.desiredCapacityType() != null) {
            g.desiredCapacityType = in.desiredCapacityType();
        }
        if (in.placementGroup() != null) {
            g.placementGroup = in.placementGroup();
        }
        if (in.deletionProtection() != null) {
            g.deletionProtection = in.deletionProtection();
        }
        if (in.serviceLinkedRoleARN() != null) {
            g.serviceLinkedRoleArn = in.serviceLinkedRoleARN();
        }
    }

    /** 0 ≤ min ≤ max, and the desired capacity between them, with AWS's messages. */
    static void sizes(Group g, int min, int max, int desired) {
        if (min < 0) {
            // The model leaves the sizes unbounded; a negative one would make a group that wants fewer than no instances.
            throw new AwsException("ValidationError", "1 validation error detected: Value '" + min
                    + "' at 'minSize' failed to satisfy constraint: Member must have value greater than or equal to 0");
        }
        if (max < min) {
            throw new AwsException("ValidationError", "Max bound, " + max + ", must be greater than or equal to min bound, " + min);
        }
        if (desired < min || desired > max) {
            throw new AwsException("ValidationError", "Desired capacity:" + desired + " must be between the specified min size:" + min + " and max size:"
                    + max);
        }
        g.minSize = min;
        g.maxSize = max;
        g.desiredCapacity = desired;
    }

    Group find(Tx tx, String account, String region, String name) throws SQLException {
        return repo.get(tx, Kind.GROUP, account, region, name, name, Group.class);
    }

    /** The group, or AWS's ValidationError for a name it does not know. */
    Group require(Tx tx, String account, String region, String name) throws SQLException {
        Group g = find(tx, account, region, name);
        if (g == null) {
            throw notFound(name);
        }
        return g;
    }

    static AwsException notFound(String name) {
        return new AwsException("ValidationError", "AutoScalingGroup name not found - AutoScalingGroup '" + name + "' not found");
    }

    List<Group> list(Tx tx, String account, String region) throws SQLException {
        return repo.list(tx, Kind.GROUP, account, region, null, Group.class);
    }

    void save(Tx tx, Group g) throws SQLException {
        repo.put(tx, Kind.GROUP, g.account, g.region, g.name, g.name, g.createdMillis, g);
    }

    /** The group and everything that belongs to it go (its activities stay, for IncludeDeletedGroups). */
    static void remove(Tx tx, AutoScalingRepository repo, Group g) throws SQLException {
        repo.deleteOfGroup(tx, g.account, g.region, g.name, Kind.GROUP, Kind.INSTANCE, Kind.NOTIFICATION, Kind.HOOK, Kind.LIFECYCLE_ACTION, Kind.POLICY,
                Kind.SCHEDULED_ACTION);
    }

    /** The launch template a group launches from: its own, or its mixed instances policy's. */
    static LaunchTemplateSpecification launchTemplateOf(Group g) {
        if (g.launchTemplate != null) {
            return g.launchTemplate;
        }
        if (g.mixedInstancesPolicy != null && g.mixedInstancesPolicy.launchTemplate() != null) {
            return g.mixedInstancesPolicy.launchTemplate().launchTemplateSpecification();
        }
        return null;
    }

    /** The group as DescribeAutoScalingGroups shows it, with its instances. */
    static AutoScalingGroup toApi(Group g, List<Member> members) {
        List<Instance> shown = new ArrayList<>();
        for (Member m : members) {
            shown.add(new Instance(m.instanceId, m.instanceType, m.zone, null, m.state, m.health, m.launchConfigurationName, m.launchTemplate, null,
                    m.protectedFromScaleIn, null));
        }
        return new AutoScalingGroup(g.name, g.arn, g.launchConfigurationName, g.launchTemplate, g.mixedInstancesPolicy, g.minSize, g.maxSize,
                g.desiredCapacity, null, g.defaultCooldown, g.zones, null, List.of(), List.of(), g.healthCheckType, g.healthCheckGracePeriod, shown,
                Instant.ofEpochMilli(g.createdMillis), g.suspendedProcesses, g.placementGroup, g.vpcZoneIdentifier == null ? "" : g.vpcZoneIdentifier,
                g.enabledMetrics, g.status, g.tags, g.terminationPolicies, g.newInstancesProtectedFromScaleIn, g.serviceLinkedRoleArn,
                g.maxInstanceLifetime, g.capacityRebalance, null, null, g.context, g.desiredCapacityType, g.defaultInstanceWarmup, List.of(), null,
                g.deletionProtection, null, null, null, null);
    }

    /** Sets the group's one launch source, checking that it exists; a launch template is kept with both its id and name. */
    private void launchSource(Tx tx, Group g, String lcName, LaunchTemplateSpecification lt, MixedInstancesPolicy mixed) throws SQLException {
        if (lcName != null) {
            if (launchConfigurations.get(tx, g.account, g.region, lcName) == null) {
                throw new AwsException("ValidationError", "Launch configuration name not found - Launch configuration " + lcName + " not found");
            }
            g.launchConfigurationName = lcName;
        } else if (lt != null) {
            g.launchTemplate = resolve(tx, g, lt);
        } else if (mixed != null) {
            if (mixed.launchTemplate() == null || mixed.launchTemplate().launchTemplateSpecification() == null) {
                throw new AwsException("ValidationError", "The specified MixedInstancesPolicy must contain a LaunchTemplate with a LaunchTemplateSpecification.");
            }
            LaunchTemplateSpecification resolved = resolve(tx, g, mixed.launchTemplate().launchTemplateSpecification());
            g.mixedInstancesPolicy = new MixedInstancesPolicy(new dev.stratus.autoscaling.api.LaunchTemplate(resolved, mixed.launchTemplate().overrides()),
                    mixed.instancesDistribution());
        }
    }

    private LaunchTemplateSpecification resolve(Tx tx, Group g, LaunchTemplateSpecification lt) throws SQLException {
        if ((lt.launchTemplateId() == null) == (lt.launchTemplateName() == null)) {
            throw new AwsException("ValidationError", "You must use a valid fully-formed launch template. Specify either a launch template ID or a launch template name"
                    + " in the request.");
        }
        String version = lt.version() != null ? lt.version() : "$Default";
        Instances.Template t = instances.launchTemplate(tx, g.account, g.region, new Instances.TemplateRef(lt.launchTemplateId(), lt.launchTemplateName(), version))
                .orElseThrow(() -> new AwsException("ValidationError", "You must use a valid fully-formed launch template. The specified launch template, with "
                        + (lt.launchTemplateId() != null ? "template ID " + lt.launchTemplateId() : "template name " + lt.launchTemplateName())
                        + (lt.version() != null ? " and version " + lt.version() : "") + ", does not exist."));
        return new LaunchTemplateSpecification(t.id(), t.name(), version);
    }

    /** The group's zones and subnets: a VPCZoneIdentifier's subnets (which must exist) decide the zones; else the zones named. */
    private void zones(Tx tx, Group g, List<String> azs, String vpcZoneIdentifier) throws SQLException {
        if (vpcZoneIdentifier != null && !vpcZoneIdentifier.isBlank()) {
            List<Placement.Subnet> subnets = new ArrayList<>();
            Set<String> zones = new LinkedHashSet<>();
            for (String id : vpcZoneIdentifier.split(",")) {
                String subnetId = id.trim();
                Instances.Subnet s = instances.subnet(tx, g.account, g.region, subnetId)
                        .orElseThrow(() -> new AwsException("ValidationError", "The subnet ID '" + subnetId + "' does not exist"));
                subnets.add(new Placement.Subnet(s.subnetId(), s.availabilityZone()));
                zones.add(s.availabilityZone());
            }
            g.subnets = subnets;
            g.zones = new ArrayList<>(zones);
            g.vpcZoneIdentifier = String.join(",", subnets.stream().map(Placement.Subnet::subnetId).toList());
            return;
        }
        if (azs != null && !azs.isEmpty()) {
            List<String> known = instances.defaultSubnets(tx, g.account, g.region).stream().map(Instances.Subnet::availabilityZone).toList();
            for (String z : azs) {
                if (!known.contains(z)) {
                    throw new AwsException("ValidationError", "The availability zone '" + z + "' is not legal");
                }
            }
            g.zones = new ArrayList<>(new LinkedHashSet<>(azs));
            g.subnets = new ArrayList<>();
            g.vpcZoneIdentifier = null;
        }
    }

    private static String healthCheckType(String type) {
        if (!HEALTH_CHECK_TYPES.contains(type)) {
            throw new AwsException("ValidationError", "Invalid health check type: " + type + ". Valid values are EC2, ELB, EBS and VPC_LATTICE.");
        }
        return type;
    }

    private static List<String> terminationPolicies(List<String> policies) {
        for (String p : policies) {
            if (!TERMINATION_POLICIES.contains(p) && !p.startsWith("arn:")) {
                throw new AwsException("ValidationError", "Invalid termination policy: " + p);
            }
        }
        return new ArrayList<>(policies);
    }
}
