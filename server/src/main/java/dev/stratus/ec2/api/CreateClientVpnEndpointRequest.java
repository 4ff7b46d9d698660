// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateClientVpnEndpointRequest(
        @JsonProperty("ClientCidrBlock") String clientCidrBlock,
        @JsonProperty("ServerCertificateArn") String serverCertificateArn,
        @JsonProperty("AuthenticationOptions") java.util.List<ClientVpnAuthenticationRequest> authenticationOptions,
        @JsonProperty("ConnectionLogOptions") ConnectionLogOptions connectionLogOptions,
        @JsonProperty("DnsServers") java.util.List<String> dnsServers,
        @JsonProperty("TransportProtocol") String transportProtocol,
        @JsonProperty("VpnPort") Integer vpnPort,
        @JsonProperty("Description") String description,
        @JsonProperty("SplitTunnel") Boolean splitTunnel,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("SelfServicePortal") String selfServicePortal,
        @JsonProperty("ClientConnectOptions") ClientConnectOptions clientConnectOptions,
        @JsonProperty("SessionTimeoutHours") Integer sessionTimeoutHours,
        @JsonProperty("ClientLoginBannerOptions") ClientLoginBannerOptions clientLoginBannerOptions,
        @JsonProperty("ClientRouteEnforcementOptions") ClientRouteEnforcementOptions clientRouteEnforcementOptions,
        @JsonProperty("DisconnectOnSessionTimeout") Boolean disconnectOnSessionTimeout,
        @JsonProperty("EndpointIpAddressType") String endpointIpAddressType,
        @JsonProperty("TrafficIpAddressType") String trafficIpAddressType,
        @JsonProperty("TransitGatewayConfiguration") TransitGatewayConfigurationInputStructure transitGatewayConfiguration) {
}
