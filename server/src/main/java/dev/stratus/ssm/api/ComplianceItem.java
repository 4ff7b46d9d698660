// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplianceItem(
        @JsonProperty("ComplianceType") String complianceType,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("Id") String id,
        @JsonProperty("Title") String title,
        @JsonProperty("Status") String status,
        @JsonProperty("Severity") String severity,
        @JsonProperty("ExecutionSummary") ComplianceExecutionSummary executionSummary,
        @JsonProperty("Details") java.util.Map<String, String> details) {
}
