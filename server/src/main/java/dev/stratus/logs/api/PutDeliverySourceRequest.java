// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutDeliverySourceRequest(
        @JsonProperty("name") String name,
        @JsonProperty("resourceArn") String resourceArn,
        @JsonProperty("logType") String logType,
        @JsonProperty("tags") java.util.Map<String, String> tags,
        @JsonProperty("deliverySourceConfiguration") java.util.Map<String, String> deliverySourceConfiguration) {
}
