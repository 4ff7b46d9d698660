// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartReplayRequest(
        @JsonProperty("ReplayName") String replayName,
        @JsonProperty("Description") String description,
        @JsonProperty("EventSourceArn") String eventSourceArn,
        @JsonProperty("EventStartTime") java.time.Instant eventStartTime,
        @JsonProperty("EventEndTime") java.time.Instant eventEndTime,
        @JsonProperty("Destination") ReplayDestination destination) {
}
