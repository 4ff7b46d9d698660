// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EcsParameters(
        @JsonProperty("TaskDefinitionArn") String taskDefinitionArn,
        @JsonProperty("TaskCount") Integer taskCount,
        @JsonProperty("LaunchType") String launchType,
        @JsonProperty("NetworkConfiguration") NetworkConfiguration networkConfiguration,
        @JsonProperty("PlatformVersion") String platformVersion,
        @JsonProperty("Group") String group,
        @JsonProperty("CapacityProviderStrategy") java.util.List<CapacityProviderStrategyItem> capacityProviderStrategy,
        @JsonProperty("EnableECSManagedTags") Boolean enableECSManagedTags,
        @JsonProperty("EnableExecuteCommand") Boolean enableExecuteCommand,
        @JsonProperty("PlacementConstraints") java.util.List<PlacementConstraint> placementConstraints,
        @JsonProperty("PlacementStrategy") java.util.List<PlacementStrategy> placementStrategy,
        @JsonProperty("PropagateTags") String propagateTags,
        @JsonProperty("ReferenceId") String referenceId,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
