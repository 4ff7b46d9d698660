// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricDatum(
        @JsonProperty("MetricName") String metricName,
        @JsonProperty("Dimensions") java.util.List<Dimension> dimensions,
        @JsonProperty("Timestamp") java.time.Instant timestamp,
        @JsonProperty("Value") Double value,
        @JsonProperty("StatisticValues") StatisticSet statisticValues,
        @JsonProperty("Values") java.util.List<Double> values,
        @JsonProperty("Counts") java.util.List<Double> counts,
        @JsonProperty("Unit") String unit,
        @JsonProperty("StorageResolution") Integer storageResolution) {
}
