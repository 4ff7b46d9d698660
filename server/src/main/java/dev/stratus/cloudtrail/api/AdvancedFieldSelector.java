// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdvancedFieldSelector(
        @JsonProperty("Field") String field,
        @JsonProperty("Equals") java.util.List<String> equals,
        @JsonProperty("StartsWith") java.util.List<String> startsWith,
        @JsonProperty("EndsWith") java.util.List<String> endsWith,
        @JsonProperty("NotEquals") java.util.List<String> notEquals,
        @JsonProperty("NotStartsWith") java.util.List<String> notStartsWith,
        @JsonProperty("NotEndsWith") java.util.List<String> notEndsWith) {
}
