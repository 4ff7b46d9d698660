// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientVpnRoute(
        @JsonProperty("ClientVpnEndpointId") String clientVpnEndpointId,
        @JsonProperty("DestinationCidr") String destinationCidr,
        @JsonProperty("TargetSubnet") String targetSubnet,
        @JsonProperty("Type") String type,
        @JsonProperty("Origin") String origin,
        @JsonProperty("Status") ClientVpnRouteStatus status,
        @JsonProperty("Description") String description,
        @JsonProperty("TransitGatewayAttachmentId") String transitGatewayAttachmentId) {
}
