// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetTrailStatusResponse(
        @JsonProperty("IsLogging") Boolean isLogging,
        @JsonProperty("LatestDeliveryError") String latestDeliveryError,
        @JsonProperty("LatestNotificationError") String latestNotificationError,
        @JsonProperty("LatestDeliveryTime") java.time.Instant latestDeliveryTime,
        @JsonProperty("LatestNotificationTime") java.time.Instant latestNotificationTime,
        @JsonProperty("StartLoggingTime") java.time.Instant startLoggingTime,
        @JsonProperty("StopLoggingTime") java.time.Instant stopLoggingTime,
        @JsonProperty("LatestCloudWatchLogsDeliveryError") String latestCloudWatchLogsDeliveryError,
        @JsonProperty("LatestCloudWatchLogsDeliveryTime") java.time.Instant latestCloudWatchLogsDeliveryTime,
        @JsonProperty("LatestDigestDeliveryTime") java.time.Instant latestDigestDeliveryTime,
        @JsonProperty("LatestDigestDeliveryError") String latestDigestDeliveryError,
        @JsonProperty("LatestDeliveryAttemptTime") String latestDeliveryAttemptTime,
        @JsonProperty("LatestNotificationAttemptTime") String latestNotificationAttemptTime,
        @JsonProperty("LatestNotificationAttemptSucceeded") String latestNotificationAttemptSucceeded,
        @JsonProperty("LatestDeliveryAttemptSucceeded") String latestDeliveryAttemptSucceeded,
        @JsonProperty("TimeLoggingStarted") String timeLoggingStarted,
        @JsonProperty("TimeLoggingStopped") String timeLoggingStopped) {
}
