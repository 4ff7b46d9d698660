// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CORSRule(
        @JsonProperty("ID") String id,
        @JsonProperty("AllowedHeaders") java.util.List<String> allowedHeaders,
        @JsonProperty("AllowedMethods") java.util.List<String> allowedMethods,
        @JsonProperty("AllowedOrigins") java.util.List<String> allowedOrigins,
        @JsonProperty("ExposeHeaders") java.util.List<String> exposeHeaders,
        @JsonProperty("MaxAgeSeconds") Integer maxAgeSeconds) {
}
