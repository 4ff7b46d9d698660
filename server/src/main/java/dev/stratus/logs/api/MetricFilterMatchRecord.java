// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricFilterMatchRecord(
        @JsonProperty("eventNumber") Long eventNumber,
        @JsonProperty("eventMessage") String eventMessage,
        @JsonProperty("extractedValues") java.util.Map<String, String> extractedValues) {
}
