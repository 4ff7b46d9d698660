// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CSV(
        @JsonProperty("quoteCharacter") String quoteCharacter,
        @JsonProperty("delimiter") String delimiter,
        @JsonProperty("columns") java.util.List<String> columns,
        @JsonProperty("source") String source,
        @JsonProperty("destination") String destination) {
}
