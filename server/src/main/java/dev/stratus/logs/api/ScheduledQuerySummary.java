// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledQuerySummary(
        @JsonProperty("scheduledQueryArn") String scheduledQueryArn,
        @JsonProperty("name") String name,
        @JsonProperty("state") String state,
        @JsonProperty("lastTriggeredTime") Long lastTriggeredTime,
        @JsonProperty("lastExecutionStatus") String lastExecutionStatus,
        @JsonProperty("scheduleExpression") String scheduleExpression,
        @JsonProperty("timezone") String timezone,
        @JsonProperty("destinationConfiguration") DestinationConfiguration destinationConfiguration,
        @JsonProperty("creationTime") Long creationTime,
        @JsonProperty("lastUpdatedTime") Long lastUpdatedTime) {
}
