// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCapacityManagerMetricDataRequest(
        @JsonProperty("MetricNames") java.util.List<String> metricNames,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("Period") Integer period,
        @JsonProperty("GroupBy") java.util.List<String> groupBy,
        @JsonProperty("FilterBy") java.util.List<CapacityManagerCondition> filterBy,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("DryRun") Boolean dryRun) {
}
