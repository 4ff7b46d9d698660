// Generated from the scheduler model by scripts/generate-apis. Do not edit.
package dev.stratus.scheduler.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleSummary(
        @JsonProperty("Arn") String arn,
        @JsonProperty("CreationDate") java.time.Instant creationDate,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("LastModificationDate") java.time.Instant lastModificationDate,
        @JsonProperty("Name") String name,
        @JsonProperty("State") String state,
        @JsonProperty("Target") TargetSummary target) {
}
