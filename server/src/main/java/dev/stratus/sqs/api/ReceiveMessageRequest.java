// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReceiveMessageRequest(
        @JsonProperty("QueueUrl") String queueUrl,
        @JsonProperty("AttributeNames") java.util.List<String> attributeNames,
        @JsonProperty("MessageSystemAttributeNames") java.util.List<String> messageSystemAttributeNames,
        @JsonProperty("MessageAttributeNames") java.util.List<String> messageAttributeNames,
        @JsonProperty("MaxNumberOfMessages") Integer maxNumberOfMessages,
        @JsonProperty("VisibilityTimeout") Integer visibilityTimeout,
        @JsonProperty("WaitTimeSeconds") Integer waitTimeSeconds,
        @JsonProperty("ReceiveRequestAttemptId") String receiveRequestAttemptId) {
}
