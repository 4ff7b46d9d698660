// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartImportRequest(
        @JsonProperty("Destinations") java.util.List<String> destinations,
        @JsonProperty("ImportSource") ImportSource importSource,
        @JsonProperty("StartEventTime") java.time.Instant startEventTime,
        @JsonProperty("EndEventTime") java.time.Instant endEventTime,
        @JsonProperty("ImportId") String importId) {
}
