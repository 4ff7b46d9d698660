// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetTransformerResponse(
        @JsonProperty("logGroupIdentifier") String logGroupIdentifier,
        @JsonProperty("creationTime") Long creationTime,
        @JsonProperty("lastModifiedTime") Long lastModifiedTime,
        @JsonProperty("transformerConfig") java.util.List<Processor> transformerConfig) {
}
