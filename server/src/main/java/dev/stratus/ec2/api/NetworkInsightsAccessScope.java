// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkInsightsAccessScope(
        @JsonProperty("NetworkInsightsAccessScopeId") String networkInsightsAccessScopeId,
        @JsonProperty("NetworkInsightsAccessScopeArn") String networkInsightsAccessScopeArn,
        @JsonProperty("CreatedDate") java.time.Instant createdDate,
        @JsonProperty("UpdatedDate") java.time.Instant updatedDate,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
