// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeAccountLimitsAnswer(
        @JsonProperty("MaxNumberOfAutoScalingGroups") Integer maxNumberOfAutoScalingGroups,
        @JsonProperty("MaxNumberOfLaunchConfigurations") Integer maxNumberOfLaunchConfigurations,
        @JsonProperty("NumberOfAutoScalingGroups") Integer numberOfAutoScalingGroups,
        @JsonProperty("NumberOfLaunchConfigurations") Integer numberOfLaunchConfigurations) {
}
