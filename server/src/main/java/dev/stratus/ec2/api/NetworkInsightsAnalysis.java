// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkInsightsAnalysis(
        @JsonProperty("NetworkInsightsAnalysisId") String networkInsightsAnalysisId,
        @JsonProperty("NetworkInsightsAnalysisArn") String networkInsightsAnalysisArn,
        @JsonProperty("NetworkInsightsPathId") String networkInsightsPathId,
        @JsonProperty("AdditionalAccounts") java.util.List<String> additionalAccounts,
        @JsonProperty("FilterInArns") java.util.List<String> filterInArns,
        @JsonProperty("FilterOutArns") java.util.List<String> filterOutArns,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("WarningMessage") String warningMessage,
        @JsonProperty("NetworkPathFound") Boolean networkPathFound,
        @JsonProperty("ForwardPathComponents") java.util.List<PathComponent> forwardPathComponents,
        @JsonProperty("ReturnPathComponents") java.util.List<PathComponent> returnPathComponents,
        @JsonProperty("Explanations") java.util.List<Explanation> explanations,
        @JsonProperty("AlternatePathHints") java.util.List<AlternatePathHint> alternatePathHints,
        @JsonProperty("SuggestedAccounts") java.util.List<String> suggestedAccounts,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
