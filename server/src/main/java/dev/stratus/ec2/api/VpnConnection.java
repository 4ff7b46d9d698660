// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpnConnection(
        @JsonProperty("Category") String category,
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("VpnConcentratorId") String vpnConcentratorId,
        @JsonProperty("CoreNetworkArn") String coreNetworkArn,
        @JsonProperty("CoreNetworkAttachmentArn") String coreNetworkAttachmentArn,
        @JsonProperty("GatewayAssociationState") String gatewayAssociationState,
        @JsonProperty("Options") VpnConnectionOptions options,
        @JsonProperty("Routes") java.util.List<VpnStaticRoute> routes,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("VgwTelemetry") java.util.List<VgwTelemetry> vgwTelemetry,
        @JsonProperty("PreSharedKeyArn") String preSharedKeyArn,
        @JsonProperty("VpnConnectionId") String vpnConnectionId,
        @JsonProperty("State") String state,
        @JsonProperty("CustomerGatewayConfiguration") String customerGatewayConfiguration,
        @JsonProperty("Type") String type,
        @JsonProperty("CustomerGatewayId") String customerGatewayId,
        @JsonProperty("VpnGatewayId") String vpnGatewayId) {
}
