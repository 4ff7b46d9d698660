// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsightRuleMetricDatapoint(
        @JsonProperty("Timestamp") java.time.Instant timestamp,
        @JsonProperty("UniqueContributors") Double uniqueContributors,
        @JsonProperty("MaxContributorValue") Double maxContributorValue,
        @JsonProperty("SampleCount") Double sampleCount,
        @JsonProperty("Average") Double average,
        @JsonProperty("Sum") Double sum,
        @JsonProperty("Minimum") Double minimum,
        @JsonProperty("Maximum") Double maximum) {
}
