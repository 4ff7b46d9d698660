package dev.stratus.ec2;

import dev.stratus.ec2.api.GroupIdentifier;
import dev.stratus.ec2.api.Image;
import dev.stratus.ec2.api.KeyPairInfo;
import dev.stratus.ec2.api.Subnet;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Where an instance is put and what it starts from, as instances ask it: subnets (each account and
 * region has a default VPC with one default subnet per availability zone), private addresses
 * allocated from a subnet's CIDR, security groups, key pairs and images. Unknown ids answer the
 * kind's NotFound error ({@link ResourceType#notFound}).
 */
interface Network {

    /**
     * The subnet an instance goes in: {@code subnetId} when given, else the default subnet of
     * {@code availabilityZone}, else the default VPC's first; the default VPC is made on first use.
     */
    Subnet place(Tx tx, String account, String region, String subnetId, String availabilityZone) throws SQLException;

    /** The subnet, or empty. */
    Optional<Subnet> subnet(Tx tx, String account, String region, String subnetId) throws SQLException;

    /** The default VPC's subnets, one per availability zone, in zone order (made on first use). */
    List<Subnet> defaultSubnets(Tx tx, String account, String region) throws SQLException;

    /** Takes a free private address of the subnet (AWS keeps the first four and the last); {@code InsufficientFreeAddressesInSubnet} when none is left. */
    String allocatePrivateIp(Tx tx, String account, String region, Subnet subnet) throws SQLException;

    /** Gives an address back when its instance is terminated. */
    void releasePrivateIp(Tx tx, String account, String region, String subnetId, String ip) throws SQLException;

    /**
     * The security groups an instance in {@code vpcId} gets: those named by id or (in the default
     * VPC) by name, or the VPC's default group when none are named.
     */
    List<GroupIdentifier> securityGroups(Tx tx, String account, String region, String vpcId, List<String> ids, List<String> names)
            throws SQLException;

    /** The key pair by name, or empty. */
    Optional<KeyPairInfo> keyPair(Tx tx, String account, String region, String keyName) throws SQLException;

    /** The image by id (the built-in ones and those the account registered), with its block device mappings, or empty. */
    Optional<Image> image(Tx tx, String account, String region, String imageId) throws SQLException;
}
