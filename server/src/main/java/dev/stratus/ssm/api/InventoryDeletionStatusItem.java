// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryDeletionStatusItem(
        @JsonProperty("DeletionId") String deletionId,
        @JsonProperty("TypeName") String typeName,
        @JsonProperty("DeletionStartTime") java.time.Instant deletionStartTime,
        @JsonProperty("LastStatus") String lastStatus,
        @JsonProperty("LastStatusMessage") String lastStatusMessage,
        @JsonProperty("DeletionSummary") InventoryDeletionSummary deletionSummary,
        @JsonProperty("LastStatusUpdateTime") java.time.Instant lastStatusUpdateTime) {
}
