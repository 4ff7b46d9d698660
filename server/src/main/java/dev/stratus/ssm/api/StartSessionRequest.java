// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartSessionRequest(
        @JsonProperty("Target") String target,
        @JsonProperty("DocumentName") String documentName,
        @JsonProperty("Reason") String reason,
        @JsonProperty("Parameters") java.util.Map<String, java.util.List<String>> parameters) {
}
