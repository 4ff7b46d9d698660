// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliverySource(
        @JsonProperty("name") String name,
        @JsonProperty("arn") String arn,
        @JsonProperty("resourceArns") java.util.List<String> resourceArns,
        @JsonProperty("service") String service,
        @JsonProperty("logType") String logType,
        @JsonProperty("tags") java.util.Map<String, String> tags,
        @JsonProperty("deliverySourceConfiguration") java.util.Map<String, String> deliverySourceConfiguration,
        @JsonProperty("status") String status,
        @JsonProperty("statusReason") String statusReason) {
}
