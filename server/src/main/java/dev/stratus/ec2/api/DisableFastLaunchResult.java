// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisableFastLaunchResult(
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("SnapshotConfiguration") FastLaunchSnapshotConfigurationResponse snapshotConfiguration,
        @JsonProperty("LaunchTemplate") FastLaunchLaunchTemplateSpecificationResponse launchTemplate,
        @JsonProperty("MaxParallelLaunches") Integer maxParallelLaunches,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("State") String state,
        @JsonProperty("StateTransitionReason") String stateTransitionReason,
        @JsonProperty("StateTransitionTime") java.time.Instant stateTransitionTime) {
}
