// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnomalyDetector(
        @JsonProperty("anomalyDetectorArn") String anomalyDetectorArn,
        @JsonProperty("detectorName") String detectorName,
        @JsonProperty("logGroupArnList") java.util.List<String> logGroupArnList,
        @JsonProperty("evaluationFrequency") String evaluationFrequency,
        @JsonProperty("filterPattern") String filterPattern,
        @JsonProperty("anomalyDetectorStatus") String anomalyDetectorStatus,
        @JsonProperty("kmsKeyId") String kmsKeyId,
        @JsonProperty("creationTimeStamp") Long creationTimeStamp,
        @JsonProperty("lastModifiedTimeStamp") Long lastModifiedTimeStamp,
        @JsonProperty("anomalyVisibilityTime") Long anomalyVisibilityTime) {
}
