// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutLifecycleHookType(
        @JsonProperty("LifecycleHookName") String lifecycleHookName,
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("LifecycleTransition") String lifecycleTransition,
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("NotificationTargetARN") String notificationTargetARN,
        @JsonProperty("NotificationMetadata") String notificationMetadata,
        @JsonProperty("HeartbeatTimeout") Integer heartbeatTimeout,
        @JsonProperty("DefaultResult") String defaultResult) {
}
