// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetDurableExecutionResponse(
        @JsonProperty("DurableExecutionArn") String durableExecutionArn,
        @JsonProperty("DurableExecutionName") String durableExecutionName,
        @JsonProperty("FunctionArn") String functionArn,
        @JsonProperty("InputPayload") String inputPayload,
        @JsonProperty("Result") String result,
        @JsonProperty("Error") ErrorObject error,
        @JsonProperty("StartTimestamp") java.time.Instant startTimestamp,
        @JsonProperty("Status") String status,
        @JsonProperty("EndTimestamp") java.time.Instant endTimestamp,
        @JsonProperty("Version") String version,
        @JsonProperty("TraceHeader") TraceHeader traceHeader) {
}
