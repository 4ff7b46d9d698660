// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceSecondaryInterfaceSpecificationRequest(
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("DeviceIndex") Integer deviceIndex,
        @JsonProperty("PrivateIpAddresses") java.util.List<InstanceSecondaryInterfacePrivateIpAddressRequest> privateIpAddresses,
        @JsonProperty("PrivateIpAddressCount") Integer privateIpAddressCount,
        @JsonProperty("SecondarySubnetId") String secondarySubnetId,
        @JsonProperty("InterfaceType") String interfaceType,
        @JsonProperty("NetworkCardIndex") Integer networkCardIndex) {
}
