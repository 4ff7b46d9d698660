// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkInsightsAccessScopeAnalysis(
        @JsonProperty("NetworkInsightsAccessScopeAnalysisId") String networkInsightsAccessScopeAnalysisId,
        @JsonProperty("NetworkInsightsAccessScopeAnalysisArn") String networkInsightsAccessScopeAnalysisArn,
        @JsonProperty("NetworkInsightsAccessScopeId") String networkInsightsAccessScopeId,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("WarningMessage") String warningMessage,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("FindingsFound") String findingsFound,
        @JsonProperty("AnalyzedEniCount") Integer analyzedEniCount,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
