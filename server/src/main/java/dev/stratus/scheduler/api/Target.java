// Generated from the scheduler model by scripts/generate-apis. Do not edit.
package dev.stratus.scheduler.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(
        @JsonProperty("Arn") String arn,
        @JsonProperty("DeadLetterConfig") DeadLetterConfig deadLetterConfig,
        @JsonProperty("EcsParameters") EcsParameters ecsParameters,
        @JsonProperty("EventBridgeParameters") EventBridgeParameters eventBridgeParameters,
        @JsonProperty("Input") String input,
        @JsonProperty("KinesisParameters") KinesisParameters kinesisParameters,
        @JsonProperty("RetryPolicy") RetryPolicy retryPolicy,
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("SageMakerPipelineParameters") SageMakerPipelineParameters sageMakerPipelineParameters,
        @JsonProperty("SqsParameters") SqsParameters sqsParameters) {
}
