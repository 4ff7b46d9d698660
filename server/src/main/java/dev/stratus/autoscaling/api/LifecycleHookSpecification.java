// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LifecycleHookSpecification(
        @JsonProperty("LifecycleHookName") String lifecycleHookName,
        @JsonProperty("LifecycleTransition") String lifecycleTransition,
        @JsonProperty("NotificationMetadata") String notificationMetadata,
        @JsonProperty("HeartbeatTimeout") Integer heartbeatTimeout,
        @JsonProperty("DefaultResult") String defaultResult,
        @JsonProperty("NotificationTargetARN") String notificationTargetARN,
        @JsonProperty("RoleARN") String roleARN) {
}
