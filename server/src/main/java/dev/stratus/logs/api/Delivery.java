// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Delivery(
        @JsonProperty("id") String id,
        @JsonProperty("arn") String arn,
        @JsonProperty("deliverySourceName") String deliverySourceName,
        @JsonProperty("deliveryDestinationArn") String deliveryDestinationArn,
        @JsonProperty("deliveryDestinationType") String deliveryDestinationType,
        @JsonProperty("recordFields") java.util.List<String> recordFields,
        @JsonProperty("fieldDelimiter") String fieldDelimiter,
        @JsonProperty("s3DeliveryConfiguration") S3DeliveryConfiguration s3DeliveryConfiguration,
        @JsonProperty("tags") java.util.Map<String, String> tags) {
}
