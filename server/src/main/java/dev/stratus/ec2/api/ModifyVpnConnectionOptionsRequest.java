// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyVpnConnectionOptionsRequest(
        @JsonProperty("VpnConnectionId") String vpnConnectionId,
        @JsonProperty("LocalIpv4NetworkCidr") String localIpv4NetworkCidr,
        @JsonProperty("RemoteIpv4NetworkCidr") String remoteIpv4NetworkCidr,
        @JsonProperty("LocalIpv6NetworkCidr") String localIpv6NetworkCidr,
        @JsonProperty("RemoteIpv6NetworkCidr") String remoteIpv6NetworkCidr,
        @JsonProperty("TunnelBandwidth") String tunnelBandwidth,
        @JsonProperty("DryRun") Boolean dryRun) {
}
