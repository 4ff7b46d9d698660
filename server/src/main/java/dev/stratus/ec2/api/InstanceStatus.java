// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceStatus(
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("Operator") OperatorResponse operator,
        @JsonProperty("Events") java.util.List<InstanceStatusEvent> events,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("InstanceState") InstanceState instanceState,
        @JsonProperty("InstanceStatus") InstanceStatusSummary instanceStatus,
        @JsonProperty("SystemStatus") InstanceStatusSummary systemStatus,
        @JsonProperty("AttachedEbsStatus") EbsStatusSummary attachedEbsStatus) {
}
