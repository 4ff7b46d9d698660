// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(
        @JsonProperty("MessageId") String messageId,
        @JsonProperty("ReceiptHandle") String receiptHandle,
        @JsonProperty("MD5OfBody") String md5OfBody,
        @JsonProperty("Body") String body,
        @JsonProperty("Attributes") java.util.Map<String, String> attributes,
        @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
        @JsonProperty("MessageAttributes") java.util.Map<String, MessageAttributeValue> messageAttributes) {
}
