// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayAttachment(
        @JsonProperty("TransitGatewayAttachmentId") String transitGatewayAttachmentId,
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("TransitGatewayOwnerId") String transitGatewayOwnerId,
        @JsonProperty("ResourceOwnerId") String resourceOwnerId,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("State") String state,
        @JsonProperty("Association") TransitGatewayAttachmentAssociation association,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
