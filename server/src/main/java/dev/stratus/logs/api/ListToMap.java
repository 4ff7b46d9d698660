// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListToMap(
        @JsonProperty("source") String source,
        @JsonProperty("key") String key,
        @JsonProperty("valueKey") String valueKey,
        @JsonProperty("target") String target,
        @JsonProperty("flatten") Boolean flatten,
        @JsonProperty("flattenedElement") String flattenedElement) {
}
