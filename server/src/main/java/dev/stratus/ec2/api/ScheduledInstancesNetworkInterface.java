// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledInstancesNetworkInterface(
        @JsonProperty("AssociatePublicIpAddress") Boolean associatePublicIpAddress,
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("Description") String description,
        @JsonProperty("DeviceIndex") Integer deviceIndex,
        @JsonProperty("Groups") java.util.List<String> groups,
        @JsonProperty("Ipv6AddressCount") Integer ipv6AddressCount,
        @JsonProperty("Ipv6Addresses") java.util.List<ScheduledInstancesIpv6Address> ipv6Addresses,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("PrivateIpAddress") String privateIpAddress,
        @JsonProperty("PrivateIpAddressConfigs") java.util.List<ScheduledInstancesPrivateIpAddressConfig> privateIpAddressConfigs,
        @JsonProperty("SecondaryPrivateIpAddressCount") Integer secondaryPrivateIpAddressCount,
        @JsonProperty("SubnetId") String subnetId) {
}
