// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Destination(
        @JsonProperty("destinationName") String destinationName,
        @JsonProperty("targetArn") String targetArn,
        @JsonProperty("roleArn") String roleArn,
        @JsonProperty("accessPolicy") String accessPolicy,
        @JsonProperty("arn") String arn,
        @JsonProperty("creationTime") Long creationTime) {
}
