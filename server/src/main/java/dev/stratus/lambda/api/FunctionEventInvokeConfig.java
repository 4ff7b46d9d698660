// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionEventInvokeConfig(
        @JsonProperty("LastModified") java.time.Instant lastModified,
        @JsonProperty("FunctionArn") String functionArn,
        @JsonProperty("MaximumRetryAttempts") Integer maximumRetryAttempts,
        @JsonProperty("MaximumEventAgeInSeconds") Integer maximumEventAgeInSeconds,
        @JsonProperty("DestinationConfig") DestinationConfig destinationConfig) {
}
