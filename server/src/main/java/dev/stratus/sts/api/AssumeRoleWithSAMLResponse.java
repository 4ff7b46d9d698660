// Generated from the sts model by scripts/generate-apis. Do not edit.
package dev.stratus.sts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssumeRoleWithSAMLResponse(
        @JsonProperty("Credentials") Credentials credentials,
        @JsonProperty("AssumedRoleUser") AssumedRoleUser assumedRoleUser,
        @JsonProperty("PackedPolicySize") Integer packedPolicySize,
        @JsonProperty("Subject") String subject,
        @JsonProperty("SubjectType") String subjectType,
        @JsonProperty("Issuer") String issuer,
        @JsonProperty("Audience") String audience,
        @JsonProperty("NameQualifier") String nameQualifier,
        @JsonProperty("SourceIdentity") String sourceIdentity) {
}
