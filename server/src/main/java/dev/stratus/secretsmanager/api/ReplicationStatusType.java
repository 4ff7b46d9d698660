// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplicationStatusType(
        @JsonProperty("Region") String region,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("LastAccessedDate") java.time.Instant lastAccessedDate) {
}
