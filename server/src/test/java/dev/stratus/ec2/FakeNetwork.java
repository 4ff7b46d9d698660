package dev.stratus.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.ec2.api.GroupIdentifier;
import dev.stratus.ec2.api.Image;
import dev.stratus.ec2.api.KeyPairInfo;
import dev.stratus.ec2.api.Subnet;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A network for the instances' tests, until EC2's own lands: a default VPC with a subnet per zone
 * mapping public addresses, addresses counted up from 172.31.0.4, one default security group, the
 * key pair {@code known}, an x86_64 image and an arm64 one.
 */
final class FakeNetwork implements Network {
    static final String IMAGE = "ami-0123456789abcdef0";
    static final String ARM_IMAGE = "ami-0123456789abcdef1";
    final AtomicInteger next = new AtomicInteger(4);
    final List<String> released = new CopyOnWriteArrayList<>();

    static Subnet subnet(String az) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("SubnetId", "subnet-0000000000000000" + az.charAt(az.length() - 1));
        n.put("VpcId", "vpc-00000000000000001");
        n.put("AvailabilityZone", az);
        n.put("CidrBlock", "172.31.0.0/20");
        n.put("DefaultForAz", true);
        n.put("MapPublicIpOnLaunch", true);
        n.put("State", "available");
        return Json.read(n, Subnet.class);
    }

    @Override
    public Subnet place(Tx tx, String account, String region, String subnetId, String availabilityZone) {
        if (subnetId != null && !subnetId.startsWith("subnet-0000000000000000")) {
            throw ResourceType.SUBNET.notFound(subnetId);
        }
        return subnet(availabilityZone != null ? availabilityZone : subnetId != null ? region + subnetId.charAt(subnetId.length() - 1) : region + "a");
    }

    @Override
    public Optional<Subnet> subnet(Tx tx, String account, String region, String subnetId) {
        return Optional.of(subnet(region + subnetId.charAt(subnetId.length() - 1)));
    }

    @Override
    public List<Subnet> defaultSubnets(Tx tx, String account, String region) {
        return List.of(subnet(region + "a"), subnet(region + "b"));
    }

    @Override
    public String allocatePrivateIp(Tx tx, String account, String region, Subnet subnet) {
        int n = next.getAndIncrement();
        return "172.31." + n / 256 + "." + n % 256;
    }

    @Override
    public void releasePrivateIp(Tx tx, String account, String region, String subnetId, String ip) {
        released.add(ip);
    }

    @Override
    public List<GroupIdentifier> securityGroups(Tx tx, String account, String region, String vpcId, List<String> ids, List<String> names) {
        if (ids != null && !ids.isEmpty()) {
            return ids.stream().map(id -> new GroupIdentifier(id, "group-" + id)).toList();
        }
        return List.of(new GroupIdentifier("sg-00000000000000001", "default"));
    }

    @Override
    public Optional<KeyPairInfo> keyPair(Tx tx, String account, String region, String keyName) {
        return keyName.equals("known") ? Optional.of(new KeyPairInfo("key-00000000000000001", "rsa", null, null, null, keyName, "ff")) : Optional.empty();
    }

    @Override
    public Optional<Image> image(Tx tx, String account, String region, String imageId) {
        if (!imageId.equals(IMAGE) && !imageId.equals(ARM_IMAGE)) {
            return Optional.empty();
        }
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("ImageId", imageId);
        n.put("Architecture", imageId.equals(IMAGE) ? "x86_64" : "arm64");
        n.put("RootDeviceName", "/dev/xvda");
        n.put("RootDeviceType", "ebs");
        n.put("ImdsSupport", "v2.0");
        n.put("BootMode", "uefi-preferred");
        n.putArray("BlockDeviceMappings").addObject().put("DeviceName", "/dev/xvda").putObject("Ebs").put("VolumeSize", 8);
        return Optional.of(Json.read(n, Image.class));
    }
}
