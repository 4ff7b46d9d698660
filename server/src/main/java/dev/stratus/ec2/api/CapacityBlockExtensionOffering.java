// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityBlockExtensionOffering(
        @JsonProperty("CapacityBlockExtensionOfferingId") String capacityBlockExtensionOfferingId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("InstanceCount") Integer instanceCount,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("CapacityBlockExtensionStartDate") java.time.Instant capacityBlockExtensionStartDate,
        @JsonProperty("CapacityBlockExtensionEndDate") java.time.Instant capacityBlockExtensionEndDate,
        @JsonProperty("CapacityBlockExtensionDurationHours") Integer capacityBlockExtensionDurationHours,
        @JsonProperty("UpfrontFee") String upfrontFee,
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("ZoneType") String zoneType) {
}
