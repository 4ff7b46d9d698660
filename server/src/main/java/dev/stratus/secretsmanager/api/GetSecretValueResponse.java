// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetSecretValueResponse(
        @JsonProperty("ARN") String arn,
        @JsonProperty("Name") String name,
        @JsonProperty("VersionId") String versionId,
        @JsonProperty("SecretBinary") byte[] secretBinary,
        @JsonProperty("SecretString") String secretString,
        @JsonProperty("VersionStages") java.util.List<String> versionStages,
        @JsonProperty("CreatedDate") java.time.Instant createdDate) {
}
