// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LifecycleHook(
        @JsonProperty("LifecycleHookName") String lifecycleHookName,
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("LifecycleTransition") String lifecycleTransition,
        @JsonProperty("NotificationTargetARN") String notificationTargetARN,
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("NotificationMetadata") String notificationMetadata,
        @JsonProperty("HeartbeatTimeout") Integer heartbeatTimeout,
        @JsonProperty("GlobalTimeout") Integer globalTimeout,
        @JsonProperty("DefaultResult") String defaultResult) {
}
