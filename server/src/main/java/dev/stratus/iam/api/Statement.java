// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(
        @JsonProperty("SourcePolicyId") String sourcePolicyId,
        @JsonProperty("SourcePolicyType") String sourcePolicyType,
        @JsonProperty("StartPosition") Position startPosition,
        @JsonProperty("EndPosition") Position endPosition) {
}
