// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvocationResponse(
        @JsonProperty("StatusCode") Integer statusCode,
        @JsonProperty("FunctionError") String functionError,
        @JsonProperty("LogResult") String logResult,
        @JsonProperty("Payload") byte[] payload,
        @JsonProperty("ExecutedVersion") String executedVersion,
        @JsonProperty("DurableExecutionArn") String durableExecutionArn) {
}
