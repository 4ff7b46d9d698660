// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutPermissionRequest(
        @JsonProperty("EventBusName") String eventBusName,
        @JsonProperty("Action") String action,
        @JsonProperty("Principal") String principal,
        @JsonProperty("StatementId") String statementId,
        @JsonProperty("Condition") Condition condition,
        @JsonProperty("Policy") String policy) {
}
