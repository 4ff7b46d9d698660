// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendMessageBatchResultEntry(
        @JsonProperty("Id") String id,
        @JsonProperty("MessageId") String messageId,
        @JsonProperty("MD5OfMessageBody") String md5OfMessageBody,
        @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
        @JsonProperty("MD5OfMessageSystemAttributes") String md5OfMessageSystemAttributes,
        @JsonProperty("SequenceNumber") String sequenceNumber) {
}
