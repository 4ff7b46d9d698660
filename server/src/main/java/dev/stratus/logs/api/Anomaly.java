// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Anomaly(
        @JsonProperty("anomalyId") String anomalyId,
        @JsonProperty("patternId") String patternId,
        @JsonProperty("anomalyDetectorArn") String anomalyDetectorArn,
        @JsonProperty("patternString") String patternString,
        @JsonProperty("patternRegex") String patternRegex,
        @JsonProperty("priority") String priority,
        @JsonProperty("firstSeen") Long firstSeen,
        @JsonProperty("lastSeen") Long lastSeen,
        @JsonProperty("description") String description,
        @JsonProperty("active") Boolean active,
        @JsonProperty("state") String state,
        @JsonProperty("histogram") java.util.Map<String, Long> histogram,
        @JsonProperty("logSamples") java.util.List<LogEvent> logSamples,
        @JsonProperty("patternTokens") java.util.List<PatternToken> patternTokens,
        @JsonProperty("logGroupArnList") java.util.List<String> logGroupArnList,
        @JsonProperty("suppressed") Boolean suppressed,
        @JsonProperty("suppressedDate") Long suppressedDate,
        @JsonProperty("suppressedUntil") Long suppressedUntil,
        @JsonProperty("isPatternLevelSuppression") Boolean isPatternLevelSuppression) {
}
