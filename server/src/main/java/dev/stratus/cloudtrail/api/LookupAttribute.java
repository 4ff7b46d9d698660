// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LookupAttribute(
        @JsonProperty("AttributeKey") String attributeKey,
        @JsonProperty("AttributeValue") String attributeValue) {
}
