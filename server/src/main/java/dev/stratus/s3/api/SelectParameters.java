// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelectParameters(
        @JsonProperty("InputSerialization") InputSerialization inputSerialization,
        @JsonProperty("ExpressionType") String expressionType,
        @JsonProperty("Expression") String expression,
        @JsonProperty("OutputSerialization") OutputSerialization outputSerialization) {
}
