// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceSpecificResult(
        @JsonProperty("EvalResourceName") String evalResourceName,
        @JsonProperty("EvalResourceDecision") String evalResourceDecision,
        @JsonProperty("MatchedStatements") java.util.List<Statement> matchedStatements,
        @JsonProperty("MissingContextValues") java.util.List<String> missingContextValues,
        @JsonProperty("EvalDecisionDetails") java.util.Map<String, String> evalDecisionDetails,
        @JsonProperty("PermissionsBoundaryDecisionDetail") PermissionsBoundaryDecisionDetail permissionsBoundaryDecisionDetail) {
}
