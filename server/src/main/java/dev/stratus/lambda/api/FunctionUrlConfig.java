// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionUrlConfig(
        @JsonProperty("FunctionUrl") String functionUrl,
        @JsonProperty("FunctionArn") String functionArn,
        @JsonProperty("CreationTime") String creationTime,
        @JsonProperty("LastModifiedTime") String lastModifiedTime,
        @JsonProperty("Cors") Cors cors,
        @JsonProperty("AuthType") String authType,
        @JsonProperty("InvokeMode") String invokeMode) {
}
