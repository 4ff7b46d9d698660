// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListDurableExecutionsByFunctionRequest(
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("Qualifier") String qualifier,
        @JsonProperty("DurableExecutionName") String durableExecutionName,
        @JsonProperty("Statuses") java.util.List<String> statuses,
        @JsonProperty("StartedAfter") java.time.Instant startedAfter,
        @JsonProperty("StartedBefore") java.time.Instant startedBefore,
        @JsonProperty("ReverseOrder") Boolean reverseOrder,
        @JsonProperty("Marker") String marker,
        @JsonProperty("MaxItems") Integer maxItems) {
}
