// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateTimeConverter(
        @JsonProperty("source") String source,
        @JsonProperty("target") String target,
        @JsonProperty("targetFormat") String targetFormat,
        @JsonProperty("matchPatterns") java.util.List<String> matchPatterns,
        @JsonProperty("sourceTimezone") String sourceTimezone,
        @JsonProperty("targetTimezone") String targetTimezone,
        @JsonProperty("locale") String locale) {
}
