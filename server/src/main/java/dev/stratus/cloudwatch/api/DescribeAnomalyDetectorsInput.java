// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeAnomalyDetectorsInput(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("Namespace") String namespace,
        @JsonProperty("MetricName") String metricName,
        @JsonProperty("Dimensions") java.util.List<Dimension> dimensions,
        @JsonProperty("AnomalyDetectorTypes") java.util.List<String> anomalyDetectorTypes) {
}
