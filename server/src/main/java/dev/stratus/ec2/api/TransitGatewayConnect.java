// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayConnect(
        @JsonProperty("TransitGatewayAttachmentId") String transitGatewayAttachmentId,
        @JsonProperty("TransportTransitGatewayAttachmentId") String transportTransitGatewayAttachmentId,
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("State") String state,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("Options") TransitGatewayConnectOptions options,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
