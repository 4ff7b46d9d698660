// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateEventSourceMappingRequest(
        @JsonProperty("EventSourceArn") String eventSourceArn,
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("BatchSize") Integer batchSize,
        @JsonProperty("FilterCriteria") FilterCriteria filterCriteria,
        @JsonProperty("MaximumBatchingWindowInSeconds") Integer maximumBatchingWindowInSeconds,
        @JsonProperty("ParallelizationFactor") Integer parallelizationFactor,
        @JsonProperty("StartingPosition") String startingPosition,
        @JsonProperty("StartingPositionTimestamp") java.time.Instant startingPositionTimestamp,
        @JsonProperty("DestinationConfig") DestinationConfig destinationConfig,
        @JsonProperty("MaximumRecordAgeInSeconds") Integer maximumRecordAgeInSeconds,
        @JsonProperty("BisectBatchOnFunctionError") Boolean bisectBatchOnFunctionError,
        @JsonProperty("MaximumRetryAttempts") Integer maximumRetryAttempts,
        @JsonProperty("Tags") java.util.Map<String, String> tags,
        @JsonProperty("TumblingWindowInSeconds") Integer tumblingWindowInSeconds,
        @JsonProperty("Topics") java.util.List<String> topics,
        @JsonProperty("Queues") java.util.List<String> queues,
        @JsonProperty("SourceAccessConfigurations") java.util.List<SourceAccessConfiguration> sourceAccessConfigurations,
        @JsonProperty("SelfManagedEventSource") SelfManagedEventSource selfManagedEventSource,
        @JsonProperty("FunctionResponseTypes") java.util.List<String> functionResponseTypes,
        @JsonProperty("AmazonManagedKafkaEventSourceConfig") AmazonManagedKafkaEventSourceConfig amazonManagedKafkaEventSourceConfig,
        @JsonProperty("SelfManagedKafkaEventSourceConfig") SelfManagedKafkaEventSourceConfig selfManagedKafkaEventSourceConfig,
        @JsonProperty("ScalingConfig") ScalingConfig scalingConfig,
        @JsonProperty("DocumentDBEventSourceConfig") DocumentDBEventSourceConfig documentDBEventSourceConfig,
        @JsonProperty("KMSKeyArn") String kmsKeyArn,
        @JsonProperty("MetricsConfig") EventSourceMappingMetricsConfig metricsConfig,
        @JsonProperty("LoggingConfig") EventSourceMappingLoggingConfig loggingConfig,
        @JsonProperty("ProvisionedPollerConfig") ProvisionedPollerConfig provisionedPollerConfig) {
}
