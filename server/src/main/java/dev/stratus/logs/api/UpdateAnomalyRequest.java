// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateAnomalyRequest(
        @JsonProperty("anomalyId") String anomalyId,
        @JsonProperty("patternId") String patternId,
        @JsonProperty("anomalyDetectorArn") String anomalyDetectorArn,
        @JsonProperty("suppressionType") String suppressionType,
        @JsonProperty("suppressionPeriod") SuppressionPeriod suppressionPeriod,
        @JsonProperty("baseline") Boolean baseline) {
}
