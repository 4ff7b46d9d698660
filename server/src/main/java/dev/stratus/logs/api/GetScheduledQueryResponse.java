// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetScheduledQueryResponse(
        @JsonProperty("scheduledQueryArn") String scheduledQueryArn,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("queryLanguage") String queryLanguage,
        @JsonProperty("queryString") String queryString,
        @JsonProperty("logGroupIdentifiers") java.util.List<String> logGroupIdentifiers,
        @JsonProperty("scheduleExpression") String scheduleExpression,
        @JsonProperty("timezone") String timezone,
        @JsonProperty("startTimeOffset") Long startTimeOffset,
        @JsonProperty("destinationConfiguration") DestinationConfiguration destinationConfiguration,
        @JsonProperty("state") String state,
        @JsonProperty("lastTriggeredTime") Long lastTriggeredTime,
        @JsonProperty("lastExecutionStatus") String lastExecutionStatus,
        @JsonProperty("scheduleStartTime") Long scheduleStartTime,
        @JsonProperty("scheduleEndTime") Long scheduleEndTime,
        @JsonProperty("executionRoleArn") String executionRoleArn,
        @JsonProperty("creationTime") Long creationTime,
        @JsonProperty("lastUpdatedTime") Long lastUpdatedTime) {
}
