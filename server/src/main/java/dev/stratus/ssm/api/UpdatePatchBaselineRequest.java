// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdatePatchBaselineRequest(
        @JsonProperty("BaselineId") String baselineId,
        @JsonProperty("Name") String name,
        @JsonProperty("GlobalFilters") PatchFilterGroup globalFilters,
        @JsonProperty("ApprovalRules") PatchRuleGroup approvalRules,
        @JsonProperty("ApprovedPatches") java.util.List<String> approvedPatches,
        @JsonProperty("ApprovedPatchesComplianceLevel") String approvedPatchesComplianceLevel,
        @JsonProperty("ApprovedPatchesEnableNonSecurity") Boolean approvedPatchesEnableNonSecurity,
        @JsonProperty("RejectedPatches") java.util.List<String> rejectedPatches,
        @JsonProperty("RejectedPatchesAction") String rejectedPatchesAction,
        @JsonProperty("Description") String description,
        @JsonProperty("Sources") java.util.List<PatchSource> sources,
        @JsonProperty("AvailableSecurityUpdatesComplianceStatus") String availableSecurityUpdatesComplianceStatus,
        @JsonProperty("Replace") Boolean replace) {
}
