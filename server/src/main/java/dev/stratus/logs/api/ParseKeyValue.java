// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParseKeyValue(
        @JsonProperty("source") String source,
        @JsonProperty("destination") String destination,
        @JsonProperty("fieldDelimiter") String fieldDelimiter,
        @JsonProperty("keyValueDelimiter") String keyValueDelimiter,
        @JsonProperty("keyPrefix") String keyPrefix,
        @JsonProperty("nonMatchValue") String nonMatchValue,
        @JsonProperty("overwriteIfExists") Boolean overwriteIfExists) {
}
