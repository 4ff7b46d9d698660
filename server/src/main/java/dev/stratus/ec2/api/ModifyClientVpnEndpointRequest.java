// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyClientVpnEndpointRequest(
        @JsonProperty("ClientVpnEndpointId") String clientVpnEndpointId,
        @JsonProperty("ServerCertificateArn") String serverCertificateArn,
        @JsonProperty("ConnectionLogOptions") ConnectionLogOptions connectionLogOptions,
        @JsonProperty("DnsServers") DnsServersOptionsModifyStructure dnsServers,
        @JsonProperty("VpnPort") Integer vpnPort,
        @JsonProperty("Description") String description,
        @JsonProperty("SplitTunnel") Boolean splitTunnel,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("SelfServicePortal") String selfServicePortal,
        @JsonProperty("ClientConnectOptions") ClientConnectOptions clientConnectOptions,
        @JsonProperty("SessionTimeoutHours") Integer sessionTimeoutHours,
        @JsonProperty("ClientLoginBannerOptions") ClientLoginBannerOptions clientLoginBannerOptions,
        @JsonProperty("ClientRouteEnforcementOptions") ClientRouteEnforcementOptions clientRouteEnforcementOptions,
        @JsonProperty("DisconnectOnSessionTimeout") Boolean disconnectOnSessionTimeout,
        @JsonProperty("TransitGatewayConfiguration") TransitGatewayConfigurationInputStructure transitGatewayConfiguration) {
}
