// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetMetricDataOutput(
        @JsonProperty("MetricDataResults") java.util.List<MetricDataResult> metricDataResults,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("Messages") java.util.List<MessageData> messages) {
}
