// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssignPrivateIpAddressesRequest(
        @JsonProperty("Ipv4Prefixes") java.util.List<String> ipv4Prefixes,
        @JsonProperty("Ipv4PrefixCount") Integer ipv4PrefixCount,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("PrivateIpAddresses") java.util.List<String> privateIpAddresses,
        @JsonProperty("SecondaryPrivateIpAddressCount") Integer secondaryPrivateIpAddressCount,
        @JsonProperty("AllowReassignment") Boolean allowReassignment) {
}
