// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkInsightsAccessScopeContent(
        @JsonProperty("NetworkInsightsAccessScopeId") String networkInsightsAccessScopeId,
        @JsonProperty("MatchPaths") java.util.List<AccessScopePath> matchPaths,
        @JsonProperty("ExcludePaths") java.util.List<AccessScopePath> excludePaths) {
}
