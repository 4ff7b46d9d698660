// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerVersionContentOutput(
        @JsonProperty("Location") String location,
        @JsonProperty("CodeSha256") String codeSha256,
        @JsonProperty("CodeSize") Long codeSize,
        @JsonProperty("SigningProfileVersionArn") String signingProfileVersionArn,
        @JsonProperty("SigningJobArn") String signingJobArn) {
}
