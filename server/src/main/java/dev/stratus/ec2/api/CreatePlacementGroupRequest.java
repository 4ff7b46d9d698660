// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatePlacementGroupRequest(
        @JsonProperty("PartitionCount") Integer partitionCount,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("SpreadLevel") String spreadLevel,
        @JsonProperty("LinkedGroupId") String linkedGroupId,
        @JsonProperty("Operator") OperatorRequest operator,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("Strategy") String strategy) {
}
