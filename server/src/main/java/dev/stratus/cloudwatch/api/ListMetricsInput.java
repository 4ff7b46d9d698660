// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListMetricsInput(
        @JsonProperty("Namespace") String namespace,
        @JsonProperty("MetricName") String metricName,
        @JsonProperty("Dimensions") java.util.List<DimensionFilter> dimensions,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("RecentlyActive") String recentlyActive,
        @JsonProperty("IncludeLinkedAccounts") Boolean includeLinkedAccounts,
        @JsonProperty("OwningAccount") String owningAccount) {
}
