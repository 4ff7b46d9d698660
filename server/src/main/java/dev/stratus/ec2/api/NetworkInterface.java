// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkInterface(
        @JsonProperty("Association") NetworkInterfaceAssociation association,
        @JsonProperty("Attachment") NetworkInterfaceAttachment attachment,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("ConnectionTrackingConfiguration") ConnectionTrackingConfiguration connectionTrackingConfiguration,
        @JsonProperty("Description") String description,
        @JsonProperty("Groups") java.util.List<GroupIdentifier> groups,
        @JsonProperty("InterfaceType") String interfaceType,
        @JsonProperty("Ipv6Addresses") java.util.List<NetworkInterfaceIpv6Address> ipv6Addresses,
        @JsonProperty("MacAddress") String macAddress,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("PrivateDnsName") String privateDnsName,
        @JsonProperty("PublicDnsName") String publicDnsName,
        @JsonProperty("PublicIpDnsNameOptions") PublicIpDnsNameOptions publicIpDnsNameOptions,
        @JsonProperty("PrivateIpAddress") String privateIpAddress,
        @JsonProperty("PrivateIpAddresses") java.util.List<NetworkInterfacePrivateIpAddress> privateIpAddresses,
        @JsonProperty("Ipv4Prefixes") java.util.List<Ipv4PrefixSpecification> ipv4Prefixes,
        @JsonProperty("Ipv6Prefixes") java.util.List<Ipv6PrefixSpecification> ipv6Prefixes,
        @JsonProperty("RequesterId") String requesterId,
        @JsonProperty("RequesterManaged") Boolean requesterManaged,
        @JsonProperty("SourceDestCheck") Boolean sourceDestCheck,
        @JsonProperty("Status") String status,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("TagSet") java.util.List<Tag> tagSet,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("DenyAllIgwTraffic") Boolean denyAllIgwTraffic,
        @JsonProperty("Ipv6Native") Boolean ipv6Native,
        @JsonProperty("Ipv6Address") String ipv6Address,
        @JsonProperty("Operator") OperatorResponse operator,
        @JsonProperty("AssociatedSubnets") java.util.List<String> associatedSubnets,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId) {
}
