// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record HostReservation(
        @JsonProperty("Count") Integer count,
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("Duration") Integer duration,
        @JsonProperty("End") java.time.Instant end,
        @JsonProperty("HostIdSet") java.util.List<String> hostIdSet,
        @JsonProperty("HostReservationId") String hostReservationId,
        @JsonProperty("HourlyPrice") String hourlyPrice,
        @JsonProperty("InstanceFamily") String instanceFamily,
        @JsonProperty("OfferingId") String offeringId,
        @JsonProperty("PaymentOption") String paymentOption,
        @JsonProperty("Start") java.time.Instant start,
        @JsonProperty("State") String state,
        @JsonProperty("UpfrontPrice") String upfrontPrice,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
