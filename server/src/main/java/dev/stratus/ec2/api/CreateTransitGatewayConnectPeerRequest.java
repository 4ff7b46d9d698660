// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTransitGatewayConnectPeerRequest(
        @JsonProperty("TransitGatewayAttachmentId") String transitGatewayAttachmentId,
        @JsonProperty("TransitGatewayAddress") String transitGatewayAddress,
        @JsonProperty("PeerAddress") String peerAddress,
        @JsonProperty("BgpOptions") TransitGatewayConnectRequestBgpOptions bgpOptions,
        @JsonProperty("InsideCidrBlocks") java.util.List<String> insideCidrBlocks,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun) {
}
