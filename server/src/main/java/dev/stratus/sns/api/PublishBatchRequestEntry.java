// Generated from the sns model by scripts/generate-apis. Do not edit.
package dev.stratus.sns.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishBatchRequestEntry(
        @JsonProperty("Id") String id,
        @JsonProperty("Message") String message,
        @JsonProperty("Subject") String subject,
        @JsonProperty("MessageStructure") String messageStructure,
        @JsonProperty("MessageAttributes") java.util.Map<String, MessageAttributeValue> messageAttributes,
        @JsonProperty("MessageDeduplicationId") String messageDeduplicationId,
        @JsonProperty("MessageGroupId") String messageGroupId) {
}
