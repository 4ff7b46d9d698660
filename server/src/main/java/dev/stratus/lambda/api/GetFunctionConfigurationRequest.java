// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFunctionConfigurationRequest(
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("Qualifier") String qualifier) {
}
