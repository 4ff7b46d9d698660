// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetServiceLastAccessedDetailsWithEntitiesResponse(
        @JsonProperty("JobStatus") String jobStatus,
        @JsonProperty("JobCreationDate") java.time.Instant jobCreationDate,
        @JsonProperty("JobCompletionDate") java.time.Instant jobCompletionDate,
        @JsonProperty("EntityDetailsList") java.util.List<EntityDetails> entityDetailsList,
        @JsonProperty("IsTruncated") Boolean isTruncated,
        @JsonProperty("Marker") String marker,
        @JsonProperty("Error") ErrorDetails error) {
}
