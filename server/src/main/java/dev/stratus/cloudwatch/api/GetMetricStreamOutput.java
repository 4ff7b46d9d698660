// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetMetricStreamOutput(
        @JsonProperty("Arn") String arn,
        @JsonProperty("Name") String name,
        @JsonProperty("IncludeFilters") java.util.List<MetricStreamFilter> includeFilters,
        @JsonProperty("ExcludeFilters") java.util.List<MetricStreamFilter> excludeFilters,
        @JsonProperty("FirehoseArn") String firehoseArn,
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("State") String state,
        @JsonProperty("CreationDate") java.time.Instant creationDate,
        @JsonProperty("LastUpdateDate") java.time.Instant lastUpdateDate,
        @JsonProperty("OutputFormat") String outputFormat,
        @JsonProperty("StatisticsConfigurations") java.util.List<MetricStreamStatisticsConfiguration> statisticsConfigurations,
        @JsonProperty("IncludeLinkedAccountsMetrics") Boolean includeLinkedAccountsMetrics) {
}
