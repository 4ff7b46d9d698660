// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeScalingActivitiesType(
        @JsonProperty("ActivityIds") java.util.List<String> activityIds,
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("IncludeDeletedGroups") Boolean includeDeletedGroups,
        @JsonProperty("MaxRecords") Integer maxRecords,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("Filters") java.util.List<Filter> filters) {
}
