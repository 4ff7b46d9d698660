// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetInsightRuleReportOutput(
        @JsonProperty("KeyLabels") java.util.List<String> keyLabels,
        @JsonProperty("AggregationStatistic") String aggregationStatistic,
        @JsonProperty("AggregateValue") Double aggregateValue,
        @JsonProperty("ApproximateUniqueCount") Long approximateUniqueCount,
        @JsonProperty("Contributors") java.util.List<InsightRuleContributor> contributors,
        @JsonProperty("MetricDatapoints") java.util.List<InsightRuleMetricDatapoint> metricDatapoints) {
}
