// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorObject(
        @JsonProperty("ErrorMessage") String errorMessage,
        @JsonProperty("ErrorType") String errorType,
        @JsonProperty("ErrorData") String errorData,
        @JsonProperty("StackTrace") java.util.List<String> stackTrace) {
}
