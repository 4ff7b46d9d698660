// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateNetworkInterfaceRequest(
        @JsonProperty("Ipv4Prefixes") java.util.List<Ipv4PrefixSpecificationRequest> ipv4Prefixes,
        @JsonProperty("Ipv4PrefixCount") Integer ipv4PrefixCount,
        @JsonProperty("Ipv6Prefixes") java.util.List<Ipv6PrefixSpecificationRequest> ipv6Prefixes,
        @JsonProperty("Ipv6PrefixCount") Integer ipv6PrefixCount,
        @JsonProperty("InterfaceType") String interfaceType,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("EnablePrimaryIpv6") Boolean enablePrimaryIpv6,
        @JsonProperty("ConnectionTrackingSpecification") ConnectionTrackingSpecificationRequest connectionTrackingSpecification,
        @JsonProperty("Operator") OperatorRequest operator,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("Description") String description,
        @JsonProperty("PrivateIpAddress") String privateIpAddress,
        @JsonProperty("Groups") java.util.List<String> groups,
        @JsonProperty("PrivateIpAddresses") java.util.List<PrivateIpAddressSpecification> privateIpAddresses,
        @JsonProperty("SecondaryPrivateIpAddressCount") Integer secondaryPrivateIpAddressCount,
        @JsonProperty("Ipv6Addresses") java.util.List<InstanceIpv6Address> ipv6Addresses,
        @JsonProperty("Ipv6AddressCount") Integer ipv6AddressCount,
        @JsonProperty("DryRun") Boolean dryRun) {
}
