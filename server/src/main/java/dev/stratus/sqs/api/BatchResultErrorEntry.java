// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResultErrorEntry(
        @JsonProperty("Id") String id,
        @JsonProperty("SenderFault") Boolean senderFault,
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message) {
}
