// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListKeyPoliciesResponse(
        @JsonProperty("PolicyNames") java.util.List<String> policyNames,
        @JsonProperty("NextMarker") String nextMarker,
        @JsonProperty("Truncated") Boolean truncated) {
}
