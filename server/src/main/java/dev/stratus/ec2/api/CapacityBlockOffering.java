// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityBlockOffering(
        @JsonProperty("CapacityBlockOfferingId") String capacityBlockOfferingId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("InstanceCount") Integer instanceCount,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("CapacityBlockDurationHours") Integer capacityBlockDurationHours,
        @JsonProperty("UpfrontFee") String upfrontFee,
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("UltraserverType") String ultraserverType,
        @JsonProperty("UltraserverCount") Integer ultraserverCount,
        @JsonProperty("CapacityBlockDurationMinutes") Integer capacityBlockDurationMinutes,
        @JsonProperty("ZoneType") String zoneType) {
}
