// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribePatchGroupStateResult(
        @JsonProperty("Instances") Integer instances,
        @JsonProperty("InstancesWithInstalledPatches") Integer instancesWithInstalledPatches,
        @JsonProperty("InstancesWithInstalledOtherPatches") Integer instancesWithInstalledOtherPatches,
        @JsonProperty("InstancesWithInstalledPendingRebootPatches") Integer instancesWithInstalledPendingRebootPatches,
        @JsonProperty("InstancesWithInstalledRejectedPatches") Integer instancesWithInstalledRejectedPatches,
        @JsonProperty("InstancesWithMissingPatches") Integer instancesWithMissingPatches,
        @JsonProperty("InstancesWithFailedPatches") Integer instancesWithFailedPatches,
        @JsonProperty("InstancesWithNotApplicablePatches") Integer instancesWithNotApplicablePatches,
        @JsonProperty("InstancesWithUnreportedNotApplicablePatches") Integer instancesWithUnreportedNotApplicablePatches,
        @JsonProperty("InstancesWithCriticalNonCompliantPatches") Integer instancesWithCriticalNonCompliantPatches,
        @JsonProperty("InstancesWithSecurityNonCompliantPatches") Integer instancesWithSecurityNonCompliantPatches,
        @JsonProperty("InstancesWithOtherNonCompliantPatches") Integer instancesWithOtherNonCompliantPatches,
        @JsonProperty("InstancesWithAvailableSecurityUpdates") Integer instancesWithAvailableSecurityUpdates) {
}
