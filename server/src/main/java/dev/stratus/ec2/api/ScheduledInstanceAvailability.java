// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledInstanceAvailability(
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailableInstanceCount") Integer availableInstanceCount,
        @JsonProperty("FirstSlotStartTime") java.time.Instant firstSlotStartTime,
        @JsonProperty("HourlyPrice") String hourlyPrice,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("MaxTermDurationInDays") Integer maxTermDurationInDays,
        @JsonProperty("MinTermDurationInDays") Integer minTermDurationInDays,
        @JsonProperty("NetworkPlatform") String networkPlatform,
        @JsonProperty("Platform") String platform,
        @JsonProperty("PurchaseToken") String purchaseToken,
        @JsonProperty("Recurrence") ScheduledInstanceRecurrence recurrence,
        @JsonProperty("SlotDurationInHours") Integer slotDurationInHours,
        @JsonProperty("TotalScheduledInstanceHours") Integer totalScheduledInstanceHours) {
}
