// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricDataQuery(
        @JsonProperty("Id") String id,
        @JsonProperty("MetricStat") MetricStat metricStat,
        @JsonProperty("Expression") String expression,
        @JsonProperty("Label") String label,
        @JsonProperty("ReturnData") Boolean returnData,
        @JsonProperty("Period") Integer period,
        @JsonProperty("AccountId") String accountId) {
}
