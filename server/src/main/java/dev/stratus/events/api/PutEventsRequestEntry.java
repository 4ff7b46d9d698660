// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutEventsRequestEntry(
        @JsonProperty("Time") java.time.Instant time,
        @JsonProperty("Source") String source,
        @JsonProperty("Resources") java.util.List<String> resources,
        @JsonProperty("DetailType") String detailType,
        @JsonProperty("Detail") String detail,
        @JsonProperty("EventBusName") String eventBusName,
        @JsonProperty("TraceHeader") String traceHeader) {
}
