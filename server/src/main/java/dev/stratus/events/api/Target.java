// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(
        @JsonProperty("Id") String id,
        @JsonProperty("Arn") String arn,
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("Input") String input,
        @JsonProperty("InputPath") String inputPath,
        @JsonProperty("InputTransformer") InputTransformer inputTransformer,
        @JsonProperty("KinesisParameters") KinesisParameters kinesisParameters,
        @JsonProperty("RunCommandParameters") RunCommandParameters runCommandParameters,
        @JsonProperty("EcsParameters") EcsParameters ecsParameters,
        @JsonProperty("BatchParameters") BatchParameters batchParameters,
        @JsonProperty("SqsParameters") SqsParameters sqsParameters,
        @JsonProperty("HttpParameters") HttpParameters httpParameters,
        @JsonProperty("RedshiftDataParameters") RedshiftDataParameters redshiftDataParameters,
        @JsonProperty("SageMakerPipelineParameters") SageMakerPipelineParameters sageMakerPipelineParameters,
        @JsonProperty("DeadLetterConfig") DeadLetterConfig deadLetterConfig,
        @JsonProperty("RetryPolicy") RetryPolicy retryPolicy,
        @JsonProperty("AppSyncParameters") AppSyncParameters appSyncParameters) {
}
