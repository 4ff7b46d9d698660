// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateLogAnomalyDetectorRequest(
        @JsonProperty("logGroupArnList") java.util.List<String> logGroupArnList,
        @JsonProperty("detectorName") String detectorName,
        @JsonProperty("evaluationFrequency") String evaluationFrequency,
        @JsonProperty("filterPattern") String filterPattern,
        @JsonProperty("kmsKeyId") String kmsKeyId,
        @JsonProperty("anomalyVisibilityTime") Long anomalyVisibilityTime,
        @JsonProperty("tags") java.util.Map<String, String> tags) {
}
