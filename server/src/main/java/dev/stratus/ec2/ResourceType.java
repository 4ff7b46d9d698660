package dev.stratus.ec2;

import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of EC2 resource, told apart by their ids' prefixes: each with the name DescribeTags
 * and TagSpecifications use for it, and the error EC2 answers when one does not exist.
 */
enum ResourceType {
    INSTANCE("i", "instance", "InvalidInstanceID.NotFound", "The instance ID '%s' does not exist"),
    VOLUME("vol", "volume", "InvalidVolume.NotFound", "The volume '%s' does not exist."),
    SNAPSHOT("snap", "snapshot", "InvalidSnapshot.NotFound", "The snapshot '%s' does not exist."),
    IMAGE("ami", "image", "InvalidAMIID.NotFound", "The image id '[%s]' does not exist"),
    SECURITY_GROUP("sg", "security-group", "InvalidGroup.NotFound", "The security group '%s' does not exist"),
    SECURITY_GROUP_RULE("sgr", "security-group-rule", "InvalidSecurityGroupRuleId.NotFound", "The security group rule ID '%s' does not exist"),
    SUBNET("subnet", "subnet", "InvalidSubnetID.NotFound", "The subnet ID '%s' does not exist"),
    VPC("vpc", "vpc", "InvalidVpcID.NotFound", "The vpc ID '%s' does not exist"),
    KEY_PAIR("key", "key-pair", "InvalidKeyPair.NotFound", "The key pair '%s' does not exist"),
    LAUNCH_TEMPLATE("lt", "launch-template", "InvalidLaunchTemplateId.NotFound",
            "The specified launch template, with template ID %s, does not exist."),
    INTERNET_GATEWAY("igw", "internet-gateway", "InvalidInternetGatewayID.NotFound", "The internetGateway ID '%s' does not exist"),
    ROUTE_TABLE("rtb", "route-table", "InvalidRouteTableID.NotFound", "The routeTable ID '%s' does not exist"),
    NETWORK_ACL("acl", "network-acl", "InvalidNetworkAclID.NotFound", "The networkAcl ID '%s' does not exist"),
    NETWORK_INTERFACE("eni", "network-interface", "InvalidNetworkInterfaceID.NotFound", "The networkInterface ID '%s' does not exist"),
    DHCP_OPTIONS("dopt", "dhcp-options", "InvalidDhcpOptionID.NotFound", "The dhcpOption ID '%s' does not exist");

    private static final Pattern ID = Pattern.compile("([a-z]+)-[0-9a-f]{8}(?:[0-9a-f]{9})?");

    private final String prefix;
    private final String typeName;
    private final String notFoundCode;
    private final String notFoundMessage;

    ResourceType(String prefix, String typeName, String notFoundCode, String notFoundMessage) {
        this.prefix = prefix;
        this.typeName = typeName;
        this.notFoundCode = notFoundCode;
        this.notFoundMessage = notFoundMessage;
    }

    /** The kind an id names, or empty when it is not an EC2 id of a kind Stratus keeps (EC2's {@code InvalidID}). */
    static Optional<ResourceType> ofId(String id) {
        var m = id == null ? null : ID.matcher(id);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        for (ResourceType t : values()) {
            if (t.prefix.equals(m.group(1))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The kind DescribeTags and TagSpecifications name {@code name}, or empty. */
    static Optional<ResourceType> named(String name) {
        for (ResourceType t : values()) {
            if (t.typeName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    String prefix() {
        return prefix;
    }

    /** Its name in DescribeTags and TagSpecifications ({@code instance}, {@code security-group}). */
    String typeName() {
        return typeName;
    }

    /** The resource's ARN as IAM policies name it: images' and snapshots' without an account, as AWS writes them. */
    String arn(String region, String account, String id) {
        boolean shared = this == IMAGE || this == SNAPSHOT;
        return Arn.of("ec2", region, shared ? "" : account, typeName + "/" + id).toString();
    }

    /**
     * The ARN Stratus keeps the resource's tags under: always with the owning account, even for
     * images and snapshots, whose ARNs in AWS have none, since each account tags them for itself.
     */
    String tagArn(String region, String account, String id) {
        return Arn.of("ec2", region, account, typeName + "/" + id).toString();
    }

    /** What every tag ARN of the account's resources in the region starts with. */
    static String tagArnPrefix(String region, String account) {
        return Arn.of("ec2", region, account, "").toString();
    }

    AwsException notFound(String id) {
        return new AwsException(notFoundCode, String.format(notFoundMessage, id));
    }

    /** EC2's answer to text that is not an id of any kind it knows. */
    static AwsException invalidId(String id) {
        return new AwsException("InvalidID", "The ID '" + id + "' is not valid");
    }
}
