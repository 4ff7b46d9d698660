// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulatePolicyResponse(
        @JsonProperty("EvaluationResults") java.util.List<EvaluationResult> evaluationResults,
        @JsonProperty("IsTruncated") Boolean isTruncated,
        @JsonProperty("Marker") String marker) {
}
