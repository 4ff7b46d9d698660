// Generated from the scheduler model by scripts/generate-apis. Do not edit.
package dev.stratus.scheduler.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetScheduleOutput(
        @JsonProperty("ActionAfterCompletion") String actionAfterCompletion,
        @JsonProperty("Arn") String arn,
        @JsonProperty("CreationDate") java.time.Instant creationDate,
        @JsonProperty("Description") String description,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("FlexibleTimeWindow") FlexibleTimeWindow flexibleTimeWindow,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("KmsKeyArn") String kmsKeyArn,
        @JsonProperty("LastModificationDate") java.time.Instant lastModificationDate,
        @JsonProperty("Name") String name,
        @JsonProperty("ScheduleExpression") String scheduleExpression,
        @JsonProperty("ScheduleExpressionTimezone") String scheduleExpressionTimezone,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("State") String state,
        @JsonProperty("Target") Target target) {
}
