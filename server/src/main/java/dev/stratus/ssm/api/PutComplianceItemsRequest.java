// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutComplianceItemsRequest(
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("ComplianceType") String complianceType,
        @JsonProperty("ExecutionSummary") ComplianceExecutionSummary executionSummary,
        @JsonProperty("Items") java.util.List<ComplianceItemEntry> items,
        @JsonProperty("ItemContentHash") String itemContentHash,
        @JsonProperty("UploadType") String uploadType) {
}
