// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishVersionRequest(
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("CodeSha256") String codeSha256,
        @JsonProperty("Description") String description,
        @JsonProperty("RevisionId") String revisionId,
        @JsonProperty("PublishTo") String publishTo) {
}
