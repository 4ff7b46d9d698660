// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Activity(
        @JsonProperty("ActivityId") String activityId,
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("Description") String description,
        @JsonProperty("Cause") String cause,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("StatusCode") String statusCode,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("Progress") Integer progress,
        @JsonProperty("Details") String details,
        @JsonProperty("AutoScalingGroupState") String autoScalingGroupState,
        @JsonProperty("AutoScalingGroupARN") String autoScalingGroupARN) {
}
