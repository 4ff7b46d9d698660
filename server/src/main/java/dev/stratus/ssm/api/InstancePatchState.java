// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstancePatchState(
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("PatchGroup") String patchGroup,
        @JsonProperty("BaselineId") String baselineId,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("InstallOverrideList") String installOverrideList,
        @JsonProperty("OwnerInformation") String ownerInformation,
        @JsonProperty("InstalledCount") Integer installedCount,
        @JsonProperty("InstalledOtherCount") Integer installedOtherCount,
        @JsonProperty("InstalledPendingRebootCount") Integer installedPendingRebootCount,
        @JsonProperty("InstalledRejectedCount") Integer installedRejectedCount,
        @JsonProperty("MissingCount") Integer missingCount,
        @JsonProperty("FailedCount") Integer failedCount,
        @JsonProperty("UnreportedNotApplicableCount") Integer unreportedNotApplicableCount,
        @JsonProperty("NotApplicableCount") Integer notApplicableCount,
        @JsonProperty("AvailableSecurityUpdateCount") Integer availableSecurityUpdateCount,
        @JsonProperty("OperationStartTime") java.time.Instant operationStartTime,
        @JsonProperty("OperationEndTime") java.time.Instant operationEndTime,
        @JsonProperty("Operation") String operation,
        @JsonProperty("LastNoRebootInstallOperationTime") java.time.Instant lastNoRebootInstallOperationTime,
        @JsonProperty("RebootOption") String rebootOption,
        @JsonProperty("CriticalNonCompliantCount") Integer criticalNonCompliantCount,
        @JsonProperty("SecurityNonCompliantCount") Integer securityNonCompliantCount,
        @JsonProperty("OtherNonCompliantCount") Integer otherNonCompliantCount) {
}
