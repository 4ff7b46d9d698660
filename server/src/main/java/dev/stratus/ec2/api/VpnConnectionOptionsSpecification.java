// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpnConnectionOptionsSpecification(
        @JsonProperty("EnableAcceleration") Boolean enableAcceleration,
        @JsonProperty("TunnelInsideIpVersion") String tunnelInsideIpVersion,
        @JsonProperty("TunnelOptions") java.util.List<VpnTunnelOptionsSpecification> tunnelOptions,
        @JsonProperty("LocalIpv4NetworkCidr") String localIpv4NetworkCidr,
        @JsonProperty("RemoteIpv4NetworkCidr") String remoteIpv4NetworkCidr,
        @JsonProperty("LocalIpv6NetworkCidr") String localIpv6NetworkCidr,
        @JsonProperty("RemoteIpv6NetworkCidr") String remoteIpv6NetworkCidr,
        @JsonProperty("OutsideIpAddressType") String outsideIpAddressType,
        @JsonProperty("TransportTransitGatewayAttachmentId") String transportTransitGatewayAttachmentId,
        @JsonProperty("TunnelBandwidth") String tunnelBandwidth,
        @JsonProperty("StaticRoutesOnly") Boolean staticRoutesOnly) {
}
