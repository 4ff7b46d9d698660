// Generated from the scheduler model by scripts/generate-apis. Do not edit.
package dev.stratus.scheduler.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListScheduleGroupsInput(
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NamePrefix") String namePrefix,
        @JsonProperty("NextToken") String nextToken) {
}
