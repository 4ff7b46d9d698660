// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryDestination(
        @JsonProperty("name") String name,
        @JsonProperty("arn") String arn,
        @JsonProperty("deliveryDestinationType") String deliveryDestinationType,
        @JsonProperty("outputFormat") String outputFormat,
        @JsonProperty("deliveryDestinationConfiguration") DeliveryDestinationConfiguration deliveryDestinationConfiguration,
        @JsonProperty("tags") java.util.Map<String, String> tags) {
}
