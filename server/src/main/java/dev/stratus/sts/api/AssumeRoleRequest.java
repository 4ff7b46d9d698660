// Generated from the sts model by scripts/generate-apis. Do not edit.
package dev.stratus.sts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssumeRoleRequest(
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("RoleSessionName") String roleSessionName,
        @JsonProperty("PolicyArns") java.util.List<PolicyDescriptorType> policyArns,
        @JsonProperty("Policy") String policy,
        @JsonProperty("DurationSeconds") Integer durationSeconds,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("TransitiveTagKeys") java.util.List<String> transitiveTagKeys,
        @JsonProperty("ExternalId") String externalId,
        @JsonProperty("SerialNumber") String serialNumber,
        @JsonProperty("TokenCode") String tokenCode,
        @JsonProperty("SourceIdentity") String sourceIdentity,
        @JsonProperty("ProvidedContexts") java.util.List<ProvidedContext> providedContexts) {
}
