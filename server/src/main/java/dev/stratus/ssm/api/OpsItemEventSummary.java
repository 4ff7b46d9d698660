// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpsItemEventSummary(
        @JsonProperty("OpsItemId") String opsItemId,
        @JsonProperty("EventId") String eventId,
        @JsonProperty("Source") String source,
        @JsonProperty("DetailType") String detailType,
        @JsonProperty("Detail") String detail,
        @JsonProperty("CreatedBy") OpsItemIdentity createdBy,
        @JsonProperty("CreatedTime") java.time.Instant createdTime) {
}
