// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayPeeringAttachment(
        @JsonProperty("TransitGatewayAttachmentId") String transitGatewayAttachmentId,
        @JsonProperty("AccepterTransitGatewayAttachmentId") String accepterTransitGatewayAttachmentId,
        @JsonProperty("RequesterTgwInfo") PeeringTgwInfo requesterTgwInfo,
        @JsonProperty("AccepterTgwInfo") PeeringTgwInfo accepterTgwInfo,
        @JsonProperty("Options") TransitGatewayPeeringAttachmentOptions options,
        @JsonProperty("Status") PeeringAttachmentStatus status,
        @JsonProperty("State") String state,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
