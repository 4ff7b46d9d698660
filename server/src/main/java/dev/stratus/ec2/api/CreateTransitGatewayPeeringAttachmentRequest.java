// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTransitGatewayPeeringAttachmentRequest(
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("PeerTransitGatewayId") String peerTransitGatewayId,
        @JsonProperty("PeerAccountId") String peerAccountId,
        @JsonProperty("PeerRegion") String peerRegion,
        @JsonProperty("Options") CreateTransitGatewayPeeringAttachmentRequestOptions options,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun) {
}
