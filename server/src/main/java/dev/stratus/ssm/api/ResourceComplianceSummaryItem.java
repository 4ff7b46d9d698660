// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceComplianceSummaryItem(
        @JsonProperty("ComplianceType") String complianceType,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("Status") String status,
        @JsonProperty("OverallSeverity") String overallSeverity,
        @JsonProperty("ExecutionSummary") ComplianceExecutionSummary executionSummary,
        @JsonProperty("CompliantSummary") CompliantSummary compliantSummary,
        @JsonProperty("NonCompliantSummary") NonCompliantSummary nonCompliantSummary) {
}
