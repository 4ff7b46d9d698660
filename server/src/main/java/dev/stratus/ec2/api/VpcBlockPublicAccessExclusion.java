// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpcBlockPublicAccessExclusion(
        @JsonProperty("ExclusionId") String exclusionId,
        @JsonProperty("InternetGatewayExclusionMode") String internetGatewayExclusionMode,
        @JsonProperty("ResourceArn") String resourceArn,
        @JsonProperty("State") String state,
        @JsonProperty("Reason") String reason,
        @JsonProperty("CreationTimestamp") java.time.Instant creationTimestamp,
        @JsonProperty("LastUpdateTimestamp") java.time.Instant lastUpdateTimestamp,
        @JsonProperty("DeletionTimestamp") java.time.Instant deletionTimestamp,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
