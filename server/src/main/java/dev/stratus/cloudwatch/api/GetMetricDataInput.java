// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetMetricDataInput(
        @JsonProperty("MetricDataQueries") java.util.List<MetricDataQuery> metricDataQueries,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("ScanBy") String scanBy,
        @JsonProperty("MaxDatapoints") Integer maxDatapoints,
        @JsonProperty("LabelOptions") LabelOptions labelOptions) {
}
