// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpsItemSummary(
        @JsonProperty("CreatedBy") String createdBy,
        @JsonProperty("CreatedTime") java.time.Instant createdTime,
        @JsonProperty("LastModifiedBy") String lastModifiedBy,
        @JsonProperty("LastModifiedTime") java.time.Instant lastModifiedTime,
        @JsonProperty("Priority") Integer priority,
        @JsonProperty("Source") String source,
        @JsonProperty("Status") String status,
        @JsonProperty("OpsItemId") String opsItemId,
        @JsonProperty("Title") String title,
        @JsonProperty("OperationalData") java.util.Map<String, OpsItemDataValue> operationalData,
        @JsonProperty("Category") String category,
        @JsonProperty("Severity") String severity,
        @JsonProperty("OpsItemType") String opsItemType,
        @JsonProperty("ActualStartTime") java.time.Instant actualStartTime,
        @JsonProperty("ActualEndTime") java.time.Instant actualEndTime,
        @JsonProperty("PlannedStartTime") java.time.Instant plannedStartTime,
        @JsonProperty("PlannedEndTime") java.time.Instant plannedEndTime) {
}
