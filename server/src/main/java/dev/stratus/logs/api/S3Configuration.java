// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record S3Configuration(
        @JsonProperty("destinationIdentifier") String destinationIdentifier,
        @JsonProperty("roleArn") String roleArn,
        @JsonProperty("ownerAccountId") String ownerAccountId,
        @JsonProperty("kmsKeyId") String kmsKeyId) {
}
