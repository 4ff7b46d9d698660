// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledInstance(
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("HourlyPrice") String hourlyPrice,
        @JsonProperty("InstanceCount") Integer instanceCount,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("NetworkPlatform") String networkPlatform,
        @JsonProperty("NextSlotStartTime") java.time.Instant nextSlotStartTime,
        @JsonProperty("Platform") String platform,
        @JsonProperty("PreviousSlotEndTime") java.time.Instant previousSlotEndTime,
        @JsonProperty("Recurrence") ScheduledInstanceRecurrence recurrence,
        @JsonProperty("ScheduledInstanceId") String scheduledInstanceId,
        @JsonProperty("SlotDurationInHours") Integer slotDurationInHours,
        @JsonProperty("TermEndDate") java.time.Instant termEndDate,
        @JsonProperty("TermStartDate") java.time.Instant termStartDate,
        @JsonProperty("TotalScheduledInstanceHours") Integer totalScheduledInstanceHours) {
}
