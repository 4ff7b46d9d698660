// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecretVersionsListEntry(
        @JsonProperty("VersionId") String versionId,
        @JsonProperty("VersionStages") java.util.List<String> versionStages,
        @JsonProperty("LastAccessedDate") java.time.Instant lastAccessedDate,
        @JsonProperty("CreatedDate") java.time.Instant createdDate,
        @JsonProperty("KmsKeyIds") java.util.List<String> kmsKeyIds) {
}
