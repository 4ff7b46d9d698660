// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementGroup(
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("State") String state,
        @JsonProperty("Strategy") String strategy,
        @JsonProperty("PartitionCount") Integer partitionCount,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("GroupArn") String groupArn,
        @JsonProperty("SpreadLevel") String spreadLevel,
        @JsonProperty("LinkedGroupId") String linkedGroupId,
        @JsonProperty("Operator") OperatorResponse operator) {
}
