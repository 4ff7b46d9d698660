// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkInterfaceIpv6Address(
        @JsonProperty("Ipv6Address") String ipv6Address,
        @JsonProperty("PublicIpv6DnsName") String publicIpv6DnsName,
        @JsonProperty("IsPrimaryIpv6") Boolean isPrimaryIpv6) {
}
