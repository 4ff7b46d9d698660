// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetPatchBaselineResult(
        @JsonProperty("BaselineId") String baselineId,
        @JsonProperty("Name") String name,
        @JsonProperty("OperatingSystem") String operatingSystem,
        @JsonProperty("GlobalFilters") PatchFilterGroup globalFilters,
        @JsonProperty("ApprovalRules") PatchRuleGroup approvalRules,
        @JsonProperty("ApprovedPatches") java.util.List<String> approvedPatches,
        @JsonProperty("ApprovedPatchesComplianceLevel") String approvedPatchesComplianceLevel,
        @JsonProperty("ApprovedPatchesEnableNonSecurity") Boolean approvedPatchesEnableNonSecurity,
        @JsonProperty("RejectedPatches") java.util.List<String> rejectedPatches,
        @JsonProperty("RejectedPatchesAction") String rejectedPatchesAction,
        @JsonProperty("PatchGroups") java.util.List<String> patchGroups,
        @JsonProperty("CreatedDate") java.time.Instant createdDate,
        @JsonProperty("ModifiedDate") java.time.Instant modifiedDate,
        @JsonProperty("Description") String description,
        @JsonProperty("Sources") java.util.List<PatchSource> sources,
        @JsonProperty("AvailableSecurityUpdatesComplianceStatus") String availableSecurityUpdatesComplianceStatus) {
}
