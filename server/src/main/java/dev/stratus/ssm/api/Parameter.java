// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Parameter(
        @JsonProperty("Name") String name,
        @JsonProperty("Type") String type,
        @JsonProperty("Value") String value,
        @JsonProperty("Version") Long version,
        @JsonProperty("Selector") String selector,
        @JsonProperty("SourceResult") String sourceResult,
        @JsonProperty("LastModifiedDate") java.time.Instant lastModifiedDate,
        @JsonProperty("ARN") String arn,
        @JsonProperty("DataType") String dataType) {
}
