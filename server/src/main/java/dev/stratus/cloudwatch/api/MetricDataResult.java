// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricDataResult(
        @JsonProperty("Id") String id,
        @JsonProperty("Label") String label,
        @JsonProperty("Timestamps") java.util.List<java.time.Instant> timestamps,
        @JsonProperty("Values") java.util.List<Double> values,
        @JsonProperty("StatusCode") String statusCode,
        @JsonProperty("Messages") java.util.List<MessageData> messages) {
}
