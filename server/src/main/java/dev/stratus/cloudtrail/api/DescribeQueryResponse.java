// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeQueryResponse(
        @JsonProperty("QueryId") String queryId,
        @JsonProperty("QueryString") String queryString,
        @JsonProperty("QueryStatus") String queryStatus,
        @JsonProperty("QueryStatistics") QueryStatisticsForDescribeQuery queryStatistics,
        @JsonProperty("ErrorMessage") String errorMessage,
        @JsonProperty("DeliveryS3Uri") String deliveryS3Uri,
        @JsonProperty("DeliveryStatus") String deliveryStatus,
        @JsonProperty("Prompt") String prompt,
        @JsonProperty("EventDataStoreOwnerAccountId") String eventDataStoreOwnerAccountId) {
}
