// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatternToken(
        @JsonProperty("dynamicTokenPosition") Integer dynamicTokenPosition,
        @JsonProperty("isDynamic") Boolean isDynamic,
        @JsonProperty("tokenString") String tokenString,
        @JsonProperty("enumerations") java.util.Map<String, Long> enumerations,
        @JsonProperty("inferredTokenName") String inferredTokenName) {
}
