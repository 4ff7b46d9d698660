// Generated from the sns model by scripts/generate-apis. Do not edit.
package dev.stratus.sns.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddPermissionInput(
        @JsonProperty("TopicArn") String topicArn,
        @JsonProperty("Label") String label,
        @JsonProperty("AWSAccountId") java.util.List<String> awsAccountId,
        @JsonProperty("ActionName") java.util.List<String> actionName) {
}
