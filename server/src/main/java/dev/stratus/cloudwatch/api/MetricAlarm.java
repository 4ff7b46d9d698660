// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricAlarm(
        @JsonProperty("AlarmName") String alarmName,
        @JsonProperty("AlarmArn") String alarmArn,
        @JsonProperty("AlarmDescription") String alarmDescription,
        @JsonProperty("AlarmConfigurationUpdatedTimestamp") java.time.Instant alarmConfigurationUpdatedTimestamp,
        @JsonProperty("ActionsEnabled") Boolean actionsEnabled,
        @JsonProperty("OKActions") java.util.List<String> okActions,
        @JsonProperty("AlarmActions") java.util.List<String> alarmActions,
        @JsonProperty("InsufficientDataActions") java.util.List<String> insufficientDataActions,
        @JsonProperty("StateValue") String stateValue,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("StateReasonData") String stateReasonData,
        @JsonProperty("StateUpdatedTimestamp") java.time.Instant stateUpdatedTimestamp,
        @JsonProperty("MetricName") String metricName,
        @JsonProperty("Namespace") String namespace,
        @JsonProperty("Statistic") String statistic,
        @JsonProperty("ExtendedStatistic") String extendedStatistic,
        @JsonProperty("Dimensions") java.util.List<Dimension> dimensions,
        @JsonProperty("Period") Integer period,
        @JsonProperty("Unit") String unit,
        @JsonProperty("EvaluationPeriods") Integer evaluationPeriods,
        @JsonProperty("DatapointsToAlarm") Integer datapointsToAlarm,
        @JsonProperty("Threshold") Double threshold,
        @JsonProperty("ComparisonOperator") String comparisonOperator,
        @JsonProperty("TreatMissingData") String treatMissingData,
        @JsonProperty("EvaluateLowSampleCountPercentile") String evaluateLowSampleCountPercentile,
        @JsonProperty("Metrics") java.util.List<MetricDataQuery> metrics,
        @JsonProperty("ThresholdMetricId") String thresholdMetricId,
        @JsonProperty("EvaluationState") String evaluationState,
        @JsonProperty("StateTransitionedTimestamp") java.time.Instant stateTransitionedTimestamp,
        @JsonProperty("EvaluationCriteria") EvaluationCriteria evaluationCriteria,
        @JsonProperty("EvaluationInterval") Integer evaluationInterval) {
}
