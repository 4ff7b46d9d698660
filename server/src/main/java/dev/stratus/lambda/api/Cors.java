// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cors(
        @JsonProperty("AllowCredentials") Boolean allowCredentials,
        @JsonProperty("AllowHeaders") java.util.List<String> allowHeaders,
        @JsonProperty("AllowMethods") java.util.List<String> allowMethods,
        @JsonProperty("AllowOrigins") java.util.List<String> allowOrigins,
        @JsonProperty("ExposeHeaders") java.util.List<String> exposeHeaders,
        @JsonProperty("MaxAge") Integer maxAge) {
}
