// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservedInstancesOffering(
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("InstanceTenancy") String instanceTenancy,
        @JsonProperty("Marketplace") Boolean marketplace,
        @JsonProperty("OfferingClass") String offeringClass,
        @JsonProperty("OfferingType") String offeringType,
        @JsonProperty("PricingDetails") java.util.List<PricingDetail> pricingDetails,
        @JsonProperty("RecurringCharges") java.util.List<RecurringCharge> recurringCharges,
        @JsonProperty("Scope") String scope,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("ReservedInstancesOfferingId") String reservedInstancesOfferingId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("Duration") Long duration,
        @JsonProperty("UsagePrice") Float usagePrice,
        @JsonProperty("FixedPrice") Float fixedPrice,
        @JsonProperty("ProductDescription") String productDescription) {
}
