// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyInstancePlacementRequest(
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("PartitionNumber") Integer partitionNumber,
        @JsonProperty("HostResourceGroupArn") String hostResourceGroupArn,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("Affinity") String affinity,
        @JsonProperty("HostId") String hostId) {
}
