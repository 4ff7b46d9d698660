// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpsItem(
        @JsonProperty("CreatedBy") String createdBy,
        @JsonProperty("OpsItemType") String opsItemType,
        @JsonProperty("CreatedTime") java.time.Instant createdTime,
        @JsonProperty("Description") String description,
        @JsonProperty("LastModifiedBy") String lastModifiedBy,
        @JsonProperty("LastModifiedTime") java.time.Instant lastModifiedTime,
        @JsonProperty("Notifications") java.util.List<OpsItemNotification> notifications,
        @JsonProperty("Priority") Integer priority,
        @JsonProperty("RelatedOpsItems") java.util.List<RelatedOpsItem> relatedOpsItems,
        @JsonProperty("Status") String status,
        @JsonProperty("OpsItemId") String opsItemId,
        @JsonProperty("Version") String version,
        @JsonProperty("Title") String title,
        @JsonProperty("Source") String source,
        @JsonProperty("OperationalData") java.util.Map<String, OpsItemDataValue> operationalData,
        @JsonProperty("Category") String category,
        @JsonProperty("Severity") String severity,
        @JsonProperty("ActualStartTime") java.time.Instant actualStartTime,
        @JsonProperty("ActualEndTime") java.time.Instant actualEndTime,
        @JsonProperty("PlannedStartTime") java.time.Instant plannedStartTime,
        @JsonProperty("PlannedEndTime") java.time.Instant plannedEndTime,
        @JsonProperty("OpsItemArn") String opsItemArn) {
}
