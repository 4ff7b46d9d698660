// Generated from the sts model by scripts/generate-apis. Do not edit.
package dev.stratus.sts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssumeRoleWithWebIdentityRequest(
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("RoleSessionName") String roleSessionName,
        @JsonProperty("WebIdentityToken") String webIdentityToken,
        @JsonProperty("ProviderId") String providerId,
        @JsonProperty("PolicyArns") java.util.List<PolicyDescriptorType> policyArns,
        @JsonProperty("Policy") String policy,
        @JsonProperty("DurationSeconds") Integer durationSeconds) {
}
