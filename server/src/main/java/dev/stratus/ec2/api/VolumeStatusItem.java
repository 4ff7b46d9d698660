// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VolumeStatusItem(
        @JsonProperty("Actions") java.util.List<VolumeStatusAction> actions,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("Events") java.util.List<VolumeStatusEvent> events,
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("VolumeStatus") VolumeStatusInfo volumeStatus,
        @JsonProperty("AttachmentStatuses") java.util.List<VolumeStatusAttachmentStatus> attachmentStatuses,
        @JsonProperty("InitializationStatusDetails") InitializationStatusDetails initializationStatusDetails,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("Operator") OperatorResponse operator) {
}
