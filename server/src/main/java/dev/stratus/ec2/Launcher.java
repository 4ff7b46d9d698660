package dev.stratus.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.ec2.InstanceLifecycle.State;
import dev.stratus.ec2.InstanceStore.Doc;
import dev.stratus.ec2.InstanceStore.Row;
import dev.stratus.ec2.api.BlockDeviceMapping;
import dev.stratus.ec2.api.GroupIdentifier;
import dev.stratus.ec2.api.Image;
import dev.stratus.ec2.api.InstanceNetworkInterfaceSpecification;
import dev.stratus.ec2.api.RunInstancesRequest;
import dev.stratus.ec2.api.Subnet;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RunInstances: resolves a launch template (its version's data under the request's own settings),
 * checks everything before anything is made (image, type and its architecture, counts, tags, user
 * data, key pair, subnet, security groups), then writes the reservation's instances, their volumes,
 * tags, first state and timers in the caller's transaction.
 */
final class Launcher {
    /** The most instances one RunInstances launches: the bench's 1,000 fit. */
    static final int MAX_COUNT = 1000;
    private static final int MAX_USER_DATA_BYTES = 16 * 1024;
    private static final Set<ResourceType> TAGGABLE = Set.of(ResourceType.INSTANCE, ResourceType.VOLUME, ResourceType.NETWORK_INTERFACE);

    private final InstanceStore store;
    private final InstanceLifecycle lifecycle;
    private final Network network;
    private final Volumes volumes;
    private final ResourceTags tags;
    private final LaunchTemplates templates;
    private final Clock clock;

    Launcher(InstanceStore store, InstanceLifecycle lifecycle, Network network, Volumes volumes, ResourceTags tags, LaunchTemplates templates,
             Clock clock) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.network = network;
        this.volumes = volumes;
        this.tags = tags;
        this.templates = templates;
        this.clock = clock;
    }

    /** The instances launched, in launch-index order; the ones launched before when the client token was seen already. */
    List<Row> run(Tx tx, String account, String region, String requesterId, RunInstancesRequest given, Map<String, String> ownTags)
            throws SQLException {
        if (given.clientToken() != null) {
            List<Row> earlier = store.byClientToken(tx, account, region, given.clientToken());
            if (!earlier.isEmpty()) {
                return earlier;
            }
        }
        Map<String, String> awsTags = new LinkedHashMap<>(ownTags);
        RunInstancesRequest in = given;
        String templateId = null;
        Long templateVersion = null;
        if (given.launchTemplate() != null) {
            var spec = given.launchTemplate();
            LaunchTemplates.Version v = templates.version(tx, templates.named(tx, account, region, spec.launchTemplateId(), spec.launchTemplateName()),
                    spec.version());
            in = merged(v.data(), given);
            templateId = v.template().id();
            templateVersion = v.number();
            awsTags.put("aws:ec2launchtemplate:id", templateId);
            awsTags.put("aws:ec2launchtemplate:version", Long.toString(templateVersion));
        }
        int min = in.minCount() == null ? 1 : in.minCount();
        int max = in.maxCount() == null ? min : in.maxCount();
        if (min < 1) {
            throw new AwsException("InvalidParameterValue", "Value (" + min + ") for parameter minCount is invalid. Expected a positive value.");
        }
        if (max < min) {
            throw new AwsException("InvalidParameterValue", "Value (" + max + ") for parameter maxCount is invalid. Expected a value greater than or equal to minCount.");
        }
        if (min > MAX_COUNT) {
            throw new AwsException("InstanceLimitExceeded", "You have requested more instances (" + min + ") than your current instance limit of "
                    + MAX_COUNT + " allows for the specified instance type. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.");
        }
        int count = Math.min(max, MAX_COUNT);
        if (in.imageId() == null || in.imageId().isEmpty()) {
            throw new AwsException("MissingParameter", "The request must contain the parameter ImageId");
        }
        if (!in.imageId().matches("ami-[0-9a-f]{8}([0-9a-f]{9})?")) {
            throw new AwsException("InvalidAMIID.Malformed", "Invalid id: \"" + in.imageId() + "\" (expecting \"ami-...\")");
        }
        InstanceTypes.Type type = InstanceTypes.require(in.instanceType() == null ? "m1.small" : in.instanceType());
        ResourceTags.check(in.tagSpecifications(), TAGGABLE);
        checkUserData(in.userData());
        String shutdown = in.instanceInitiatedShutdownBehavior() == null ? "stop" : in.instanceInitiatedShutdownBehavior();
        if (!shutdown.equals("stop") && !shutdown.equals("terminate")) {
            throw new AwsException("InvalidParameterValue", "Value (" + shutdown + ") for parameter instanceInitiatedShutdownBehavior is invalid. "
                    + "Expected: 'stop', 'terminate'.");
        }
        String imageId = in.imageId();
        Image image = network.image(tx, account, region, imageId).orElseThrow(() -> ResourceType.IMAGE.notFound(imageId));
        String architecture = image.architecture() == null ? "x86_64" : image.architecture();
        if (!architecture.equals(type.architecture())) {
            throw new AwsException("InvalidParameterValue", "The architecture '" + type.architecture() + "' of the specified instance type does not match "
                    + "the architecture '" + architecture + "' of the specified AMI. Specify an instance type and an AMI that have matching "
                    + "architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the architecture of "
                    + "the instance type or AMI.");
        }
        if (in.keyName() != null && network.keyPair(tx, account, region, in.keyName()).isEmpty()) {
            throw new AwsException("InvalidKeyPair.NotFound", "The key pair '" + in.keyName() + "' does not exist");
        }
        InstanceNetworkInterfaceSpecification eni = in.networkInterfaces() == null || in.networkInterfaces().isEmpty() ? null
                : in.networkInterfaces().getFirst();
        String subnetId = in.subnetId() != null ? in.subnetId() : eni == null ? null : eni.subnetId();
        Subnet subnet = network.place(tx, account, region, subnetId, in.placement() == null ? null : in.placement().availabilityZone());
        List<String> groupIds = in.securityGroupIds() != null && !in.securityGroupIds().isEmpty() ? in.securityGroupIds()
                : eni == null ? null : eni.groups();
        List<GroupIdentifier> groups = network.securityGroups(tx, account, region, subnet.vpcId(), groupIds, in.securityGroups());
        boolean publicIp = eni != null && eni.associatePublicIpAddress() != null ? eni.associatePublicIpAddress()
                : Boolean.TRUE.equals(subnet.mapPublicIpOnLaunch());
        String reservationId = Ec2Ids.next("r");
        long now = clock.millis();
        ObjectNode common = describe(now, in, type, image, subnet, groups, account);
        List<BlockDeviceMapping> requested = blockDevices(in);
        String instanceArnPrefix = ResourceType.INSTANCE.tagArn(region, account, "");
        List<Row> launched = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = Ec2Ids.next("i");
            String privateIp = count == 1 && in.privateIpAddress() != null ? in.privateIpAddress()
                    : network.allocatePrivateIp(tx, account, region, subnet);
            ObjectNode doc = common.deepCopy();
            own(doc, id, i, privateIp, region);
            Doc d = new Doc(doc, in.userData(), Boolean.TRUE.equals(in.disableApiTermination()), Boolean.TRUE.equals(in.disableApiStop()), shutdown,
                    publicIp, requesterId, templateId, templateVersion);
            Row row = new Row(id, account, region, reservationId, i, now, State.PENDING, now, "", "pending", "pending",
                    publicIp ? Addresses.publicIp() : null, false, in.clientToken(), d);
            store.insert(tx, row);
            volumes.attachAtLaunch(tx, account, region, id, subnet.availabilityZone(), image.blockDeviceMappings(), requested,
                    in.tagSpecifications());
            tags.specified(tx, account, region, ResourceType.INSTANCE, id, in.tagSpecifications());
            if (!awsTags.isEmpty()) {
                Tags.putOwn(tx, instanceArnPrefix + id, awsTags);
            }
            lifecycle.launched(tx, id);
            launched.add(row);
        }
        return launched;
    }

    /** The template's data with the request's own settings over it, as RunInstances takes them. */
    static RunInstancesRequest merged(ObjectNode templateData, RunInstancesRequest request) {
        ObjectNode merged = templateData.deepCopy();
        merged.remove("TagSpecifications");
        ArrayNode specs = Json.MAPPER.createArrayNode();
        templateData.path("TagSpecifications").forEach(specs::add);
        merged.setAll((ObjectNode) Json.tree(request));
        if (request.tagSpecifications() == null && !specs.isEmpty()) {
            merged.set("TagSpecifications", specs);
        }
        return Json.read(merged, RunInstancesRequest.class);
    }

    private static List<BlockDeviceMapping> blockDevices(RunInstancesRequest in) {
        return in.blockDeviceMappings() == null ? List.of() : in.blockDeviceMappings();
    }

    private static void checkUserData(String userData) {
        if (userData == null) {
            return;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(userData.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new AwsException("InvalidParameterValue", "Invalid BASE64 encoding of user data.");
        }
        if (decoded.length > MAX_USER_DATA_BYTES) {
            throw new AwsException("InvalidParameterValue", "User data is limited to 16384 bytes");
        }
    }

    /**
     * What every instance of a launch is described with from launch on (each then gets its own id,
     * index and addresses from {@link #own}); what changes with its state is added when it is read.
     */
    private static ObjectNode describe(long now, RunInstancesRequest in, InstanceTypes.Type type, Image image, Subnet subnet,
                                       List<GroupIdentifier> groups, String account) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        String launchTime = Instant.ofEpochMilli(now - now % 1000).toString();
        n.putNull("InstanceId");
        n.put("ImageId", in.imageId());
        n.putNull("PrivateDnsName");
        if (in.keyName() != null) {
            n.put("KeyName", in.keyName());
        }
        n.putNull("AmiLaunchIndex");
        n.putArray("ProductCodes");
        n.put("InstanceType", type.name());
        n.put("LaunchTime", launchTime);
        ObjectNode placement = n.putObject("Placement");
        placement.put("AvailabilityZone", subnet.availabilityZone());
        if (subnet.availabilityZoneId() != null) {
            placement.put("AvailabilityZoneId", subnet.availabilityZoneId());
        }
        placement.put("GroupName", in.placement() != null && in.placement().groupName() != null ? in.placement().groupName() : "");
        placement.put("Tenancy", in.placement() != null && in.placement().tenancy() != null ? in.placement().tenancy() : "default");
        if (image.platform() != null) {
            n.put("Platform", image.platform());
        }
        n.putObject("Monitoring").put("State", in.monitoring() != null && Boolean.TRUE.equals(in.monitoring().enabled()) ? "enabled" : "disabled");
        n.put("SubnetId", subnet.subnetId());
        n.put("VpcId", subnet.vpcId());
        n.putNull("PrivateIpAddress");
        n.put("Architecture", type.architecture());
        n.put("RootDeviceName", image.rootDeviceName() == null ? "/dev/xvda" : image.rootDeviceName());
        n.put("RootDeviceType", image.rootDeviceType() == null ? "ebs" : image.rootDeviceType());
        if (in.clientToken() != null) {
            n.put("ClientToken", in.clientToken());
        }
        n.put("EbsOptimized", Boolean.TRUE.equals(in.ebsOptimized()));
        n.put("EnaSupport", !type.hypervisor().equals("xen"));
        n.put("Hypervisor", "xen");
        if (in.iamInstanceProfile() != null) {
            ObjectNode profile = n.putObject("IamInstanceProfile");
            profile.put("Arn", in.iamInstanceProfile().arn() != null ? in.iamInstanceProfile().arn()
                    : "arn:aws:iam::" + account + ":instance-profile/" + in.iamInstanceProfile().name());
            profile.put("Id", "AIPA" + Ec2Ids.next("x").substring(2, 19).toUpperCase());
        }
        ArrayNode sgs = n.putArray("SecurityGroups");
        groups.forEach(g -> sgs.add(Json.tree(g)));
        n.put("SourceDestCheck", true);
        n.put("VirtualizationType", image.virtualizationType() == null ? "hvm" : image.virtualizationType());
        ObjectNode cpu = n.putObject("CpuOptions");
        cpu.put("CoreCount", in.cpuOptions() != null && in.cpuOptions().coreCount() != null ? in.cpuOptions().coreCount() : type.cores());
        cpu.put("ThreadsPerCore", in.cpuOptions() != null && in.cpuOptions().threadsPerCore() != null ? in.cpuOptions().threadsPerCore()
                : type.threadsPerCore());
        n.putObject("CapacityReservationSpecification").put("CapacityReservationPreference", "open");
        n.putObject("HibernationOptions").put("Configured", in.hibernationOptions() != null && Boolean.TRUE.equals(in.hibernationOptions().configured()));
        boolean imdsV2 = "v2.0".equals(image.imdsSupport());
        ObjectNode metadata = n.putObject("MetadataOptions");
        var m = in.metadataOptions();
        metadata.put("State", "applied");
        metadata.put("HttpTokens", m != null && m.httpTokens() != null ? m.httpTokens() : imdsV2 ? "required" : "optional");
        metadata.put("HttpPutResponseHopLimit", m != null && m.httpPutResponseHopLimit() != null ? m.httpPutResponseHopLimit() : imdsV2 ? 2 : 1);
        metadata.put("HttpEndpoint", m != null && m.httpEndpoint() != null ? m.httpEndpoint() : "enabled");
        metadata.put("HttpProtocolIpv6", m != null && m.httpProtocolIpv6() != null ? m.httpProtocolIpv6() : "disabled");
        metadata.put("InstanceMetadataTags", m != null && m.instanceMetadataTags() != null ? m.instanceMetadataTags() : "disabled");
        n.putObject("EnclaveOptions").put("Enabled", false);
        if (image.bootMode() != null) {
            n.put("BootMode", image.bootMode());
            n.put("CurrentInstanceBootMode", image.bootMode());
        }
        n.put("PlatformDetails", image.platformDetails() == null ? "Linux/UNIX" : image.platformDetails());
        n.put("UsageOperation", image.usageOperation() == null ? "RunInstances" : image.usageOperation());
        n.put("UsageOperationUpdateTime", launchTime);
        ObjectNode dns = n.putObject("PrivateDnsNameOptions");
        dns.put("HostnameType", "ip-name");
        dns.put("EnableResourceNameDnsARecord", false);
        dns.put("EnableResourceNameDnsAAAARecord", false);
        n.putObject("MaintenanceOptions").put("AutoRecovery", "default");
        n.set("NetworkInterfaces", Json.MAPPER.createArrayNode().add(networkInterface(account, launchTime, subnet, groups)));
        return n;
    }

    /** Gives one instance of the launch its own id, index, addresses and network interface ids. */
    private static void own(ObjectNode n, String id, int index, String privateIp, String region) {
        String dns = Addresses.privateDnsName(region, privateIp);
        n.put("InstanceId", id);
        n.put("AmiLaunchIndex", index);
        n.put("PrivateDnsName", dns);
        n.put("PrivateIpAddress", privateIp);
        ObjectNode e = (ObjectNode) n.get("NetworkInterfaces").get(0);
        ((ObjectNode) e.get("Attachment")).put("AttachmentId", Ec2Ids.next("eni-attach"));
        e.put("MacAddress", Addresses.mac());
        e.put("NetworkInterfaceId", Ec2Ids.next("eni"));
        e.put("PrivateDnsName", dns);
        e.put("PrivateIpAddress", privateIp);
        ((ObjectNode) e.get("PrivateIpAddresses").get(0)).put("PrivateDnsName", dns).put("PrivateIpAddress", privateIp);
    }

    /** The primary network interface, without its own ids and addresses, nor its public address (added when read, as it changes). */
    private static JsonNode networkInterface(String account, String launchTime, Subnet subnet, List<GroupIdentifier> groups) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        ObjectNode attachment = e.putObject("Attachment");
        attachment.put("AttachTime", launchTime);
        attachment.putNull("AttachmentId");
        attachment.put("DeleteOnTermination", true);
        attachment.put("DeviceIndex", 0);
        attachment.put("Status", "attached");
        attachment.put("NetworkCardIndex", 0);
        e.put("Description", "");
        ArrayNode g = e.putArray("Groups");
        groups.forEach(x -> g.add(Json.tree(x)));
        e.putArray("Ipv6Addresses");
        e.putNull("MacAddress");
        e.putNull("NetworkInterfaceId");
        e.put("OwnerId", account);
        e.putNull("PrivateDnsName");
        e.putNull("PrivateIpAddress");
        e.putArray("PrivateIpAddresses").addObject().put("Primary", true);
        e.put("SourceDestCheck", true);
        e.put("Status", "in-use");
        e.put("SubnetId", subnet.subnetId());
        e.put("VpcId", subnet.vpcId());
        e.put("InterfaceType", "interface");
        return e;
    }
}
