// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateNetworkInsightsAccessScopeRequest(
        @JsonProperty("MatchPaths") java.util.List<AccessScopePathRequest> matchPaths,
        @JsonProperty("ExcludePaths") java.util.List<AccessScopePathRequest> excludePaths,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun) {
}
