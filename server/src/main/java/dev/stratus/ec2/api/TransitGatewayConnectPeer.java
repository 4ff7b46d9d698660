// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayConnectPeer(
        @JsonProperty("TransitGatewayAttachmentId") String transitGatewayAttachmentId,
        @JsonProperty("TransitGatewayConnectPeerId") String transitGatewayConnectPeerId,
        @JsonProperty("State") String state,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("ConnectPeerConfiguration") TransitGatewayConnectPeerConfiguration connectPeerConfiguration,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
