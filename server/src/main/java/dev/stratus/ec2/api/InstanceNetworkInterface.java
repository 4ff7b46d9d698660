// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceNetworkInterface(
        @JsonProperty("Association") InstanceNetworkInterfaceAssociation association,
        @JsonProperty("Attachment") InstanceNetworkInterfaceAttachment attachment,
        @JsonProperty("Description") String description,
        @JsonProperty("Groups") java.util.List<GroupIdentifier> groups,
        @JsonProperty("Ipv6Addresses") java.util.List<InstanceIpv6Address> ipv6Addresses,
        @JsonProperty("MacAddress") String macAddress,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("PrivateDnsName") String privateDnsName,
        @JsonProperty("PrivateIpAddress") String privateIpAddress,
        @JsonProperty("PrivateIpAddresses") java.util.List<InstancePrivateIpAddress> privateIpAddresses,
        @JsonProperty("SourceDestCheck") Boolean sourceDestCheck,
        @JsonProperty("Status") String status,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("InterfaceType") String interfaceType,
        @JsonProperty("Ipv4Prefixes") java.util.List<InstanceIpv4Prefix> ipv4Prefixes,
        @JsonProperty("Ipv6Prefixes") java.util.List<InstanceIpv6Prefix> ipv6Prefixes,
        @JsonProperty("ConnectionTrackingConfiguration") ConnectionTrackingSpecificationResponse connectionTrackingConfiguration,
        @JsonProperty("Operator") OperatorResponse operator) {
}
