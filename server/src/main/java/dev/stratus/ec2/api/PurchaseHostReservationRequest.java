// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PurchaseHostReservationRequest(
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("HostIdSet") java.util.List<String> hostIdSet,
        @JsonProperty("LimitPrice") String limitPrice,
        @JsonProperty("OfferingId") String offeringId,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
