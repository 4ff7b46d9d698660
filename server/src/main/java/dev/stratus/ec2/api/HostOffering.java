// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record HostOffering(
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("Duration") Integer duration,
        @JsonProperty("HourlyPrice") String hourlyPrice,
        @JsonProperty("InstanceFamily") String instanceFamily,
        @JsonProperty("OfferingId") String offeringId,
        @JsonProperty("PaymentOption") String paymentOption,
        @JsonProperty("UpfrontPrice") String upfrontPrice) {
}
