// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricTransformation(
        @JsonProperty("metricName") String metricName,
        @JsonProperty("metricNamespace") String metricNamespace,
        @JsonProperty("metricValue") String metricValue,
        @JsonProperty("defaultValue") Double defaultValue,
        @JsonProperty("dimensions") java.util.Map<String, String> dimensions,
        @JsonProperty("unit") String unit) {
}
