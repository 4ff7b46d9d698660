// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Replay(
        @JsonProperty("ReplayName") String replayName,
        @JsonProperty("EventSourceArn") String eventSourceArn,
        @JsonProperty("State") String state,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("EventStartTime") java.time.Instant eventStartTime,
        @JsonProperty("EventEndTime") java.time.Instant eventEndTime,
        @JsonProperty("EventLastReplayedTime") java.time.Instant eventLastReplayedTime,
        @JsonProperty("ReplayStartTime") java.time.Instant replayStartTime,
        @JsonProperty("ReplayEndTime") java.time.Instant replayEndTime) {
}
