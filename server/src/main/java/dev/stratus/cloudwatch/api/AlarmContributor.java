// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlarmContributor(
        @JsonProperty("ContributorId") String contributorId,
        @JsonProperty("ContributorAttributes") java.util.Map<String, String> contributorAttributes,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("StateTransitionedTimestamp") java.time.Instant stateTransitionedTimestamp) {
}
