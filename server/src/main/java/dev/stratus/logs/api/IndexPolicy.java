// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexPolicy(
        @JsonProperty("logGroupIdentifier") String logGroupIdentifier,
        @JsonProperty("lastUpdateTime") Long lastUpdateTime,
        @JsonProperty("policyDocument") String policyDocument,
        @JsonProperty("policyName") String policyName,
        @JsonProperty("source") String source) {
}
