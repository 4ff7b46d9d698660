// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlarmPromQLCriteria(
        @JsonProperty("Query") String query,
        @JsonProperty("PendingPeriod") Integer pendingPeriod,
        @JsonProperty("RecoveryPeriod") Integer recoveryPeriod) {
}
