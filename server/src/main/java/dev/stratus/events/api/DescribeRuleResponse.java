// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeRuleResponse(
        @JsonProperty("Name") String name,
        @JsonProperty("Arn") String arn,
        @JsonProperty("EventPattern") String eventPattern,
        @JsonProperty("ScheduleExpression") String scheduleExpression,
        @JsonProperty("State") String state,
        @JsonProperty("Description") String description,
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("ManagedBy") String managedBy,
        @JsonProperty("EventBusName") String eventBusName,
        @JsonProperty("CreatedBy") String createdBy) {
}
