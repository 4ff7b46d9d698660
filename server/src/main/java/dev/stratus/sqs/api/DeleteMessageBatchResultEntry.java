// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteMessageBatchResultEntry(
        @JsonProperty("Id") String id) {
}
