// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelegationPermission(
        @JsonProperty("PolicyTemplateArn") String policyTemplateArn,
        @JsonProperty("Parameters") java.util.List<PolicyParameter> parameters) {
}
