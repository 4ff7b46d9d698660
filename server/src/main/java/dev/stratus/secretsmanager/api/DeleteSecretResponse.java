// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteSecretResponse(
        @JsonProperty("ARN") String arn,
        @JsonProperty("Name") String name,
        @JsonProperty("DeletionDate") java.time.Instant deletionDate) {
}
