// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListMessageMoveTasksResultEntry(
        @JsonProperty("TaskHandle") String taskHandle,
        @JsonProperty("Status") String status,
        @JsonProperty("SourceArn") String sourceArn,
        @JsonProperty("DestinationArn") String destinationArn,
        @JsonProperty("MaxNumberOfMessagesPerSecond") Integer maxNumberOfMessagesPerSecond,
        @JsonProperty("ApproximateNumberOfMessagesMoved") Long approximateNumberOfMessagesMoved,
        @JsonProperty("ApproximateNumberOfMessagesToMove") Long approximateNumberOfMessagesToMove,
        @JsonProperty("FailureReason") String failureReason,
        @JsonProperty("StartedTimestamp") Long startedTimestamp) {
}
