// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartChangeRequestExecutionRequest(
        @JsonProperty("ScheduledTime") java.time.Instant scheduledTime,
        @JsonProperty("DocumentName") String documentName,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("Parameters") java.util.Map<String, java.util.List<String>> parameters,
        @JsonProperty("ChangeRequestName") String changeRequestName,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("AutoApprove") Boolean autoApprove,
        @JsonProperty("Runbooks") java.util.List<Runbook> runbooks,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("ScheduledEndTime") java.time.Instant scheduledEndTime,
        @JsonProperty("ChangeDetails") String changeDetails) {
}
