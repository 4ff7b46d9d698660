// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventSourceMappingConfiguration(
        @JsonProperty("UUID") String uuid,
        @JsonProperty("StartingPosition") String startingPosition,
        @JsonProperty("StartingPositionTimestamp") java.time.Instant startingPositionTimestamp,
        @JsonProperty("BatchSize") Integer batchSize,
        @JsonProperty("MaximumBatchingWindowInSeconds") Integer maximumBatchingWindowInSeconds,
        @JsonProperty("ParallelizationFactor") Integer parallelizationFactor,
        @JsonProperty("EventSourceArn") String eventSourceArn,
        @JsonProperty("FilterCriteria") FilterCriteria filterCriteria,
        @JsonProperty("FunctionArn") String functionArn,
        @JsonProperty("LastModified") java.time.Instant lastModified,
        @JsonProperty("LastProcessingResult") String lastProcessingResult,
        @JsonProperty("State") String state,
        @JsonProperty("StateTransitionReason") String stateTransitionReason,
        @JsonProperty("DestinationConfig") DestinationConfig destinationConfig,
        @JsonProperty("Topics") java.util.List<String> topics,
        @JsonProperty("Queues") java.util.List<String> queues,
        @JsonProperty("SourceAccessConfigurations") java.util.List<SourceAccessConfiguration> sourceAccessConfigurations,
        @JsonProperty("SelfManagedEventSource") SelfManagedEventSource selfManagedEventSource,
        @JsonProperty("MaximumRecordAgeInSeconds") Integer maximumRecordAgeInSeconds,
        @JsonProperty("BisectBatchOnFunctionError") Boolean bisectBatchOnFunctionError,
        @JsonProperty("MaximumRetryAttempts") Integer maximumRetryAttempts,
        @JsonProperty("TumblingWindowInSeconds") Integer tumblingWindowInSeconds,
        @JsonProperty("FunctionResponseTypes") java.util.List<String> functionResponseTypes,
        @JsonProperty("AmazonManagedKafkaEventSourceConfig") AmazonManagedKafkaEventSourceConfig amazonManagedKafkaEventSourceConfig,
        @JsonProperty("SelfManagedKafkaEventSourceConfig") SelfManagedKafkaEventSourceConfig selfManagedKafkaEventSourceConfig,
        @JsonProperty("ScalingConfig") ScalingConfig scalingConfig,
        @JsonProperty("DocumentDBEventSourceConfig") DocumentDBEventSourceConfig documentDBEventSourceConfig,
        @JsonProperty("KMSKeyArn") String kmsKeyArn,
        @JsonProperty("FilterCriteriaError") FilterCriteriaError filterCriteriaError,
        @JsonProperty("EventSourceMappingArn") String eventSourceMappingArn,
        @JsonProperty("MetricsConfig") EventSourceMappingMetricsConfig metricsConfig,
        @JsonProperty("LoggingConfig") EventSourceMappingLoggingConfig loggingConfig,
        @JsonProperty("ProvisionedPollerConfig") ProvisionedPollerConfig provisionedPollerConfig) {
}
