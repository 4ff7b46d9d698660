// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientVpnEndpoint(
        @JsonProperty("ClientVpnEndpointId") String clientVpnEndpointId,
        @JsonProperty("Description") String description,
        @JsonProperty("Status") ClientVpnEndpointStatus status,
        @JsonProperty("CreationTime") String creationTime,
        @JsonProperty("DeletionTime") String deletionTime,
        @JsonProperty("DnsName") String dnsName,
        @JsonProperty("ClientCidrBlock") String clientCidrBlock,
        @JsonProperty("DnsServers") java.util.List<String> dnsServers,
        @JsonProperty("SplitTunnel") Boolean splitTunnel,
        @JsonProperty("VpnProtocol") String vpnProtocol,
        @JsonProperty("TransportProtocol") String transportProtocol,
        @JsonProperty("VpnPort") Integer vpnPort,
        @JsonProperty("AssociatedTargetNetworks") java.util.List<AssociatedTargetNetwork> associatedTargetNetworks,
        @JsonProperty("ServerCertificateArn") String serverCertificateArn,
        @JsonProperty("AuthenticationOptions") java.util.List<ClientVpnAuthentication> authenticationOptions,
        @JsonProperty("ConnectionLogOptions") ConnectionLogResponseOptions connectionLogOptions,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("SelfServicePortalUrl") String selfServicePortalUrl,
        @JsonProperty("ClientConnectOptions") ClientConnectResponseOptions clientConnectOptions,
        @JsonProperty("SessionTimeoutHours") Integer sessionTimeoutHours,
        @JsonProperty("ClientLoginBannerOptions") ClientLoginBannerResponseOptions clientLoginBannerOptions,
        @JsonProperty("ClientRouteEnforcementOptions") ClientRouteEnforcementResponseOptions clientRouteEnforcementOptions,
        @JsonProperty("DisconnectOnSessionTimeout") Boolean disconnectOnSessionTimeout,
        @JsonProperty("EndpointIpAddressType") String endpointIpAddressType,
        @JsonProperty("TrafficIpAddressType") String trafficIpAddressType,
        @JsonProperty("TransitGatewayConfiguration") TransitGatewayConfigurationDescribeEndpointStructure transitGatewayConfiguration) {
}
