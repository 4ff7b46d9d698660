// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlowLog(
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("DeliverLogsErrorMessage") String deliverLogsErrorMessage,
        @JsonProperty("DeliverLogsPermissionArn") String deliverLogsPermissionArn,
        @JsonProperty("DeliverCrossAccountRole") String deliverCrossAccountRole,
        @JsonProperty("DeliverLogsStatus") String deliverLogsStatus,
        @JsonProperty("FlowLogId") String flowLogId,
        @JsonProperty("FlowLogStatus") String flowLogStatus,
        @JsonProperty("LogGroupName") String logGroupName,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("TrafficType") String trafficType,
        @JsonProperty("LogDestinationType") String logDestinationType,
        @JsonProperty("LogDestination") String logDestination,
        @JsonProperty("LogFormat") String logFormat,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("MaxAggregationInterval") Integer maxAggregationInterval,
        @JsonProperty("DestinationOptions") DestinationOptionsResponse destinationOptions) {
}
