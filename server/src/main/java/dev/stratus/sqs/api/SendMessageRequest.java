// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendMessageRequest(
        @JsonProperty("QueueUrl") String queueUrl,
        @JsonProperty("MessageBody") String messageBody,
        @JsonProperty("DelaySeconds") Integer delaySeconds,
        @JsonProperty("MessageAttributes") java.util.Map<String, MessageAttributeValue> messageAttributes,
        @JsonProperty("MessageSystemAttributes") java.util.Map<String, MessageSystemAttributeValue> messageSystemAttributes,
        @JsonProperty("MessageDeduplicationId") String messageDeduplicationId,
        @JsonProperty("MessageGroupId") String messageGroupId) {
}
