// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnassignIpv6AddressesResult(
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("UnassignedIpv6Addresses") java.util.List<String> unassignedIpv6Addresses,
        @JsonProperty("UnassignedIpv6Prefixes") java.util.List<String> unassignedIpv6Prefixes) {
}
