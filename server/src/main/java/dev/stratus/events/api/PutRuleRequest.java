// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutRuleRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("ScheduleExpression") String scheduleExpression,
        @JsonProperty("EventPattern") String eventPattern,
        @JsonProperty("State") String state,
        @JsonProperty("Description") String description,
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("EventBusName") String eventBusName) {
}
