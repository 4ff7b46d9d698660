// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Session(
        @JsonProperty("SessionId") String sessionId,
        @JsonProperty("Target") String target,
        @JsonProperty("Status") String status,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("DocumentName") String documentName,
        @JsonProperty("Owner") String owner,
        @JsonProperty("Reason") String reason,
        @JsonProperty("Details") String details,
        @JsonProperty("OutputUrl") SessionManagerOutputUrl outputUrl,
        @JsonProperty("MaxSessionDuration") String maxSessionDuration,
        @JsonProperty("AccessType") String accessType) {
}
