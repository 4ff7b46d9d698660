// Generated from the sts model by scripts/generate-apis. Do not edit.
package dev.stratus.sts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFederationTokenRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("Policy") String policy,
        @JsonProperty("PolicyArns") java.util.List<PolicyDescriptorType> policyArns,
        @JsonProperty("DurationSeconds") Integer durationSeconds,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
