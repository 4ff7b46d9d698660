// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifySnapshotAttributeRequest(
        @JsonProperty("Attribute") String attribute,
        @JsonProperty("CreateVolumePermission") CreateVolumePermissionModifications createVolumePermission,
        @JsonProperty("GroupNames") java.util.List<String> groupNames,
        @JsonProperty("OperationType") String operationType,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("UserIds") java.util.List<String> userIds,
        @JsonProperty("DryRun") Boolean dryRun) {
}
