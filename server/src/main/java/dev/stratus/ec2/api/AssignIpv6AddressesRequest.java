// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssignIpv6AddressesRequest(
        @JsonProperty("Ipv6PrefixCount") Integer ipv6PrefixCount,
        @JsonProperty("Ipv6Prefixes") java.util.List<String> ipv6Prefixes,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("Ipv6Addresses") java.util.List<String> ipv6Addresses,
        @JsonProperty("Ipv6AddressCount") Integer ipv6AddressCount) {
}
