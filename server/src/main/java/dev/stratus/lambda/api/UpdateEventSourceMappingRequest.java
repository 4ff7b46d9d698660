// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateEventSourceMappingRequest(
        @JsonProperty("UUID") String uuid,
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("BatchSize") Integer batchSize,
        @JsonProperty("FilterCriteria") FilterCriteria filterCriteria,
        @JsonProperty("MaximumBatchingWindowInSeconds") Integer maximumBatchingWindowInSeconds,
        @JsonProperty("DestinationConfig") DestinationConfig destinationConfig,
        @JsonProperty("MaximumRecordAgeInSeconds") Integer maximumRecordAgeInSeconds,
        @JsonProperty("BisectBatchOnFunctionError") Boolean bisectBatchOnFunctionError,
        @JsonProperty("MaximumRetryAttempts") Integer maximumRetryAttempts,
        @JsonProperty("ParallelizationFactor") Integer parallelizationFactor,
        @JsonProperty("SourceAccessConfigurations") java.util.List<SourceAccessConfiguration> sourceAccessConfigurations,
        @JsonProperty("TumblingWindowInSeconds") Integer tumblingWindowInSeconds,
        @JsonProperty("FunctionResponseTypes") java.util.List<String> functionResponseTypes,
        @JsonProperty("ScalingConfig") ScalingConfig scalingConfig,
        @JsonProperty("AmazonManagedKafkaEventSourceConfig") AmazonManagedKafkaEventSourceConfig amazonManagedKafkaEventSourceConfig,
        @JsonProperty("SelfManagedKafkaEventSourceConfig") SelfManagedKafkaEventSourceConfig selfManagedKafkaEventSourceConfig,
        @JsonProperty("DocumentDBEventSourceConfig") DocumentDBEventSourceConfig documentDBEventSourceConfig,
        @JsonProperty("KMSKeyArn") String kmsKeyArn,
        @JsonProperty("MetricsConfig") EventSourceMappingMetricsConfig metricsConfig,
        @JsonProperty("LoggingConfig") EventSourceMappingLoggingConfig loggingConfig,
        @JsonProperty("ProvisionedPollerConfig") ProvisionedPollerConfig provisionedPollerConfig) {
}
