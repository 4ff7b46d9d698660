// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGateway(
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("TransitGatewayArn") String transitGatewayArn,
        @JsonProperty("State") String state,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("Description") String description,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("Options") TransitGatewayOptions options,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
