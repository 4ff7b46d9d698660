// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliverySourceConfigurationSchema(
        @JsonProperty("keyName") String keyName,
        @JsonProperty("valueType") String valueType,
        @JsonProperty("defaultValue") String defaultValue,
        @JsonProperty("supportedValues") java.util.List<String> supportedValues,
        @JsonProperty("minValue") Double minValue,
        @JsonProperty("maxValue") Double maxValue) {
}
