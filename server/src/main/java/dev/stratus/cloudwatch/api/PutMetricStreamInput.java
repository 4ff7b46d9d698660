// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutMetricStreamInput(
        @JsonProperty("Name") String name,
        @JsonProperty("IncludeFilters") java.util.List<MetricStreamFilter> includeFilters,
        @JsonProperty("ExcludeFilters") java.util.List<MetricStreamFilter> excludeFilters,
        @JsonProperty("FirehoseArn") String firehoseArn,
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("OutputFormat") String outputFormat,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("StatisticsConfigurations") java.util.List<MetricStreamStatisticsConfiguration> statisticsConfigurations,
        @JsonProperty("IncludeLinkedAccountsMetrics") Boolean includeLinkedAccountsMetrics) {
}
