// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateFlowLogsRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("DeliverLogsPermissionArn") String deliverLogsPermissionArn,
        @JsonProperty("DeliverCrossAccountRole") String deliverCrossAccountRole,
        @JsonProperty("LogGroupName") String logGroupName,
        @JsonProperty("ResourceIds") java.util.List<String> resourceIds,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("TrafficType") String trafficType,
        @JsonProperty("LogDestinationType") String logDestinationType,
        @JsonProperty("LogDestination") String logDestination,
        @JsonProperty("LogFormat") String logFormat,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("MaxAggregationInterval") Integer maxAggregationInterval,
        @JsonProperty("DestinationOptions") DestinationOptionsRequest destinationOptions) {
}
