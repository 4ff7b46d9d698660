// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartNetworkInsightsAnalysisRequest(
        @JsonProperty("NetworkInsightsPathId") String networkInsightsPathId,
        @JsonProperty("AdditionalAccounts") java.util.List<String> additionalAccounts,
        @JsonProperty("FilterInArns") java.util.List<String> filterInArns,
        @JsonProperty("FilterOutArns") java.util.List<String> filterOutArns,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("ClientToken") String clientToken) {
}
