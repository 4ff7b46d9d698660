// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Execution(
        @JsonProperty("DurableExecutionArn") String durableExecutionArn,
        @JsonProperty("DurableExecutionName") String durableExecutionName,
        @JsonProperty("FunctionArn") String functionArn,
        @JsonProperty("Status") String status,
        @JsonProperty("StartTimestamp") java.time.Instant startTimestamp,
        @JsonProperty("EndTimestamp") java.time.Instant endTimestamp) {
}
