// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservedInstances(
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("InstanceTenancy") String instanceTenancy,
        @JsonProperty("OfferingClass") String offeringClass,
        @JsonProperty("OfferingType") String offeringType,
        @JsonProperty("RecurringCharges") java.util.List<RecurringCharge> recurringCharges,
        @JsonProperty("Scope") String scope,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("ReservedInstancesId") String reservedInstancesId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("Start") java.time.Instant start,
        @JsonProperty("End") java.time.Instant end,
        @JsonProperty("Duration") Long duration,
        @JsonProperty("UsagePrice") Float usagePrice,
        @JsonProperty("FixedPrice") Float fixedPrice,
        @JsonProperty("InstanceCount") Integer instanceCount,
        @JsonProperty("ProductDescription") String productDescription,
        @JsonProperty("State") String state) {
}
