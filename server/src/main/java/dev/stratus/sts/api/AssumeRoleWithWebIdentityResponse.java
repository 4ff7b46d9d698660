// Generated from the sts model by scripts/generate-apis. Do not edit.
package dev.stratus.sts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssumeRoleWithWebIdentityResponse(
        @JsonProperty("Credentials") Credentials credentials,
        @JsonProperty("SubjectFromWebIdentityToken") String subjectFromWebIdentityToken,
        @JsonProperty("AssumedRoleUser") AssumedRoleUser assumedRoleUser,
        @JsonProperty("PackedPolicySize") Integer packedPolicySize,
        @JsonProperty("Provider") String provider,
        @JsonProperty("Audience") String audience,
        @JsonProperty("SourceIdentity") String sourceIdentity) {
}
