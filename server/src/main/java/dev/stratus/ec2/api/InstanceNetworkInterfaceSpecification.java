// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceNetworkInterfaceSpecification(
        @JsonProperty("AssociatePublicIpAddress") Boolean associatePublicIpAddress,
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("Description") String description,
        @JsonProperty("DeviceIndex") Integer deviceIndex,
        @JsonProperty("Groups") java.util.List<String> groups,
        @JsonProperty("Ipv6AddressCount") Integer ipv6AddressCount,
        @JsonProperty("Ipv6Addresses") java.util.List<InstanceIpv6Address> ipv6Addresses,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("PrivateIpAddress") String privateIpAddress,
        @JsonProperty("PrivateIpAddresses") java.util.List<PrivateIpAddressSpecification> privateIpAddresses,
        @JsonProperty("SecondaryPrivateIpAddressCount") Integer secondaryPrivateIpAddressCount,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("AssociateCarrierIpAddress") Boolean associateCarrierIpAddress,
        @JsonProperty("InterfaceType") String interfaceType,
        @JsonProperty("NetworkCardIndex") Integer networkCardIndex,
        @JsonProperty("Ipv4Prefixes") java.util.List<Ipv4PrefixSpecificationRequest> ipv4Prefixes,
        @JsonProperty("Ipv4PrefixCount") Integer ipv4PrefixCount,
        @JsonProperty("Ipv6Prefixes") java.util.List<Ipv6PrefixSpecificationRequest> ipv6Prefixes,
        @JsonProperty("Ipv6PrefixCount") Integer ipv6PrefixCount,
        @JsonProperty("PrimaryIpv6") Boolean primaryIpv6,
        @JsonProperty("EnaSrdSpecification") EnaSrdSpecificationRequest enaSrdSpecification,
        @JsonProperty("ConnectionTrackingSpecification") ConnectionTrackingSpecificationRequest connectionTrackingSpecification,
        @JsonProperty("EnaQueueCount") Integer enaQueueCount) {
}
