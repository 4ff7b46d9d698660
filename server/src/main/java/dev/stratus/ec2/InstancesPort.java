package dev.stratus.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.ec2.InstanceLifecycle.State;
import dev.stratus.ec2.InstanceStore.Row;
import dev.stratus.ec2.api.RunInstancesRequest;
import dev.stratus.platform.port.Instances;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EC2 as Auto Scaling reaches it: a launch is a RunInstances built from the group's template or
 * configuration, with the group's tags (user tags on the instances and their volumes, AWS's own
 * {@code aws:} ones written as AWS writes them), in the caller's transaction.
 */
final class InstancesPort implements Instances {
    private final Launcher launcher;
    private final Ec2Instances instances;
    private final InstanceStore store;
    private final InstanceLifecycle lifecycle;
    private final LaunchTemplates templates;
    private final Network network;

    InstancesPort(Launcher launcher, Ec2Instances instances, InstanceStore store, InstanceLifecycle lifecycle, LaunchTemplates templates,
                  Network network) {
        this.launcher = launcher;
        this.instances = instances;
        this.store = store;
        this.lifecycle = lifecycle;
        this.templates = templates;
        this.network = network;
    }

    @Override
    public List<Instance> run(Tx tx, Principal caller, Launch launch) throws SQLException {
        Map<String, String> user = new LinkedHashMap<>();
        Map<String, String> own = new LinkedHashMap<>();
        (launch.tags() == null ? Map.<String, String>of() : launch.tags()).forEach((k, v) -> (k.startsWith("aws:") ? own : user).put(k, v));
        ObjectNode in = Json.MAPPER.createObjectNode();
        if (launch.template() != null) {
            ObjectNode spec = in.putObject("LaunchTemplate");
            putIf(spec, "LaunchTemplateId", launch.template().id());
            putIf(spec, "LaunchTemplateName", launch.template().name());
            putIf(spec, "Version", launch.template().version());
            putIf(in, "InstanceType", launch.instanceTypeOverride());
        }
        Configuration c = launch.configuration();
        if (c != null) {
            putIf(in, "ImageId", c.imageId());
            putIf(in, "InstanceType", launch.instanceTypeOverride() != null ? launch.instanceTypeOverride() : c.instanceType());
            putIf(in, "KeyName", c.keyName());
            putIf(in, "UserData", c.userData());
            in.putObject("Monitoring").put("Enabled", c.detailedMonitoring());
            if (c.securityGroups() != null && !c.securityGroups().isEmpty()) {
                ArrayNode ids = in.putArray("SecurityGroupIds");
                ArrayNode names = in.putArray("SecurityGroups");
                c.securityGroups().forEach(g -> (g.startsWith("sg-") ? ids : names).add(g));
            }
            if (c.iamInstanceProfile() != null) {
                in.putObject("IamInstanceProfile").put(c.iamInstanceProfile().startsWith("arn:") ? "Arn" : "Name", c.iamInstanceProfile());
            }
            if (c.blockDevices() != null) {
                ArrayNode mappings = in.putArray("BlockDeviceMappings");
                for (BlockDevice b : c.blockDevices()) {
                    ObjectNode m = mappings.addObject();
                    m.put("DeviceName", b.deviceName());
                    m.set("Ebs", Json.tree(Map.of()));
                    ObjectNode ebs = (ObjectNode) m.get("Ebs");
                    putIf(ebs, "SnapshotId", b.snapshotId());
                    putIf(ebs, "VolumeType", b.volumeType());
                    if (b.volumeSize() != null) {
                        ebs.put("VolumeSize", b.volumeSize());
                    }
                    if (b.iops() != null) {
                        ebs.put("Iops", b.iops());
                    }
                    if (b.deleteOnTermination() != null) {
                        ebs.put("DeleteOnTermination", b.deleteOnTermination());
                    }
                    if (b.encrypted() != null) {
                        ebs.put("Encrypted", b.encrypted());
                    }
                }
            }
            if (c.associatePublicIpAddress() != null) {
                ObjectNode eni = in.putArray("NetworkInterfaces").addObject();
                eni.put("DeviceIndex", 0);
                eni.put("AssociatePublicIpAddress", c.associatePublicIpAddress());
                putIf(eni, "SubnetId", launch.subnetId());
            }
        }
        if (!in.has("NetworkInterfaces")) {
            putIf(in, "SubnetId", launch.subnetId());
        }
        in.put("MinCount", launch.count());
        in.put("MaxCount", launch.count());
        if (!user.isEmpty()) {
            ArrayNode specs = in.putArray("TagSpecifications");
            for (String type : List.of("instance", "volume")) {
                ObjectNode spec = specs.addObject();
                spec.put("ResourceType", type);
                ArrayNode t = spec.putArray("Tags");
                user.forEach((k, v) -> t.addObject().put("Key", k).put("Value", v));
            }
        }
        RunInstancesRequest request = Json.read(in, RunInstancesRequest.class);
        return launcher.run(tx, launch.account(), launch.region(), null, request, own).stream().map(r -> view(r, r.state())).toList();
    }

    @Override
    public void terminate(Tx tx, Principal caller, String account, String region, List<String> instanceIds) throws SQLException {
        instances.terminate(tx, account, region, instanceIds, true);
    }

    @Override
    public List<Instance> find(Tx tx, String account, String region, List<String> instanceIds) throws SQLException {
        return store.get(tx, account, region, instanceIds).stream().map(r -> view(r, r.state())).toList();
    }

    @Override
    public Optional<Template> launchTemplate(Tx tx, String account, String region, TemplateRef ref) throws SQLException {
        LaunchTemplates.Template t = ref.id() != null ? templates.byId(tx, account, region, ref.id())
                : ref.name() != null ? templates.byName(tx, account, region, ref.name()) : null;
        if (t == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Template(t.id(), t.name(), templates.version(tx, t, ref.version()).number()));
        } catch (dev.stratus.protocol.AwsException noSuchVersion) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Subnet> subnet(Tx tx, String account, String region, String subnetId) throws SQLException {
        return network.subnet(tx, account, region, subnetId).map(s -> new Subnet(s.subnetId(), s.vpcId(), s.availabilityZone()));
    }

    @Override
    public List<Subnet> defaultSubnets(Tx tx, String account, String region) throws SQLException {
        return network.defaultSubnets(tx, account, region).stream().map(s -> new Subnet(s.subnetId(), s.vpcId(), s.availabilityZone())).toList();
    }

    @Override
    public void watch(StateChanges listener) {
        lifecycle.watch(listener);
    }

    /** The instance as the port describes it, in {@code state}. */
    static Instance view(Row r, State state) {
        var doc = r.doc();
        return new Instance(r.id(), state.awsName, doc.text("InstanceType"), doc.text("ImageId"),
                doc.instance().path("Placement").path("AvailabilityZone").asText(null), doc.text("SubnetId"), doc.text("PrivateIpAddress"),
                Instant.parse(doc.text("LaunchTime")).toEpochMilli(), doc.launchTemplateId(), doc.launchTemplateVersion());
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
