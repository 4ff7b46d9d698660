// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionCodeLocation(
        @JsonProperty("RepositoryType") String repositoryType,
        @JsonProperty("Location") String location,
        @JsonProperty("ImageUri") String imageUri,
        @JsonProperty("ResolvedImageUri") String resolvedImageUri,
        @JsonProperty("SourceKMSKeyArn") String sourceKMSKeyArn) {
}
