// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeMaintenanceWindowScheduleRequest(
        @JsonProperty("WindowId") String windowId,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("Filters") java.util.List<PatchOrchestratorFilter> filters,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {
}
