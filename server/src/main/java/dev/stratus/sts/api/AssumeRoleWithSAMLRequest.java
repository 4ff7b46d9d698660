// Generated from the sts model by scripts/generate-apis. Do not edit.
package dev.stratus.sts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssumeRoleWithSAMLRequest(
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("PrincipalArn") String principalArn,
        @JsonProperty("SAMLAssertion") String samlAssertion,
        @JsonProperty("PolicyArns") java.util.List<PolicyDescriptorType> policyArns,
        @JsonProperty("Policy") String policy,
        @JsonProperty("DurationSeconds") Integer durationSeconds) {
}
