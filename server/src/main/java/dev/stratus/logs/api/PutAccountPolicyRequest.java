// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutAccountPolicyRequest(
        @JsonProperty("policyName") String policyName,
        @JsonProperty("policyDocument") String policyDocument,
        @JsonProperty("policyType") String policyType,
        @JsonProperty("scope") String scope,
        @JsonProperty("selectionCriteria") String selectionCriteria) {
}
