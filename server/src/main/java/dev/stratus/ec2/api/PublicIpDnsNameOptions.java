// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicIpDnsNameOptions(
        @JsonProperty("DnsHostnameType") String dnsHostnameType,
        @JsonProperty("PublicIpv4DnsName") String publicIpv4DnsName,
        @JsonProperty("PublicIpv6DnsName") String publicIpv6DnsName,
        @JsonProperty("PublicDualStackDnsName") String publicDualStackDnsName) {
}
