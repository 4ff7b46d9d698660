// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledUpdateGroupAction(
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("ScheduledActionName") String scheduledActionName,
        @JsonProperty("ScheduledActionARN") String scheduledActionARN,
        @JsonProperty("Time") java.time.Instant time,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("Recurrence") String recurrence,
        @JsonProperty("MinSize") Integer minSize,
        @JsonProperty("MaxSize") Integer maxSize,
        @JsonProperty("DesiredCapacity") Integer desiredCapacity,
        @JsonProperty("TimeZone") String timeZone) {
}
