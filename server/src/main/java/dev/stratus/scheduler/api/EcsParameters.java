// Generated from the scheduler model by scripts/generate-apis. Do not edit.
package dev.stratus.scheduler.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EcsParameters(
        @JsonProperty("CapacityProviderStrategy") java.util.List<CapacityProviderStrategyItem> capacityProviderStrategy,
        @JsonProperty("EnableECSManagedTags") Boolean enableECSManagedTags,
        @JsonProperty("EnableExecuteCommand") Boolean enableExecuteCommand,
        @JsonProperty("Group") String group,
        @JsonProperty("LaunchType") String launchType,
        @JsonProperty("NetworkConfiguration") NetworkConfiguration networkConfiguration,
        @JsonProperty("PlacementConstraints") java.util.List<PlacementConstraint> placementConstraints,
        @JsonProperty("PlacementStrategy") java.util.List<PlacementStrategy> placementStrategy,
        @JsonProperty("PlatformVersion") String platformVersion,
        @JsonProperty("PropagateTags") String propagateTags,
        @JsonProperty("ReferenceId") String referenceId,
        @JsonProperty("Tags") java.util.List<java.util.Map<String, String>> tags,
        @JsonProperty("TaskCount") Integer taskCount,
        @JsonProperty("TaskDefinitionArn") String taskDefinitionArn) {
}
