// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateLogAnomalyDetectorRequest(
        @JsonProperty("anomalyDetectorArn") String anomalyDetectorArn,
        @JsonProperty("evaluationFrequency") String evaluationFrequency,
        @JsonProperty("filterPattern") String filterPattern,
        @JsonProperty("anomalyVisibilityTime") Long anomalyVisibilityTime,
        @JsonProperty("enabled") Boolean enabled) {
}
