// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationResult(
        @JsonProperty("EvalActionName") String evalActionName,
        @JsonProperty("EvalResourceName") String evalResourceName,
        @JsonProperty("EvalDecision") String evalDecision,
        @JsonProperty("MatchedStatements") java.util.List<Statement> matchedStatements,
        @JsonProperty("MissingContextValues") java.util.List<String> missingContextValues,
        @JsonProperty("OrganizationsDecisionDetail") OrganizationsDecisionDetail organizationsDecisionDetail,
        @JsonProperty("PermissionsBoundaryDecisionDetail") PermissionsBoundaryDecisionDetail permissionsBoundaryDecisionDetail,
        @JsonProperty("EvalDecisionDetails") java.util.Map<String, String> evalDecisionDetails,
        @JsonProperty("ResourceSpecificResults") java.util.List<ResourceSpecificResult> resourceSpecificResults) {
}
