// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetReservedInstancesExchangeQuoteResult(
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("IsValidExchange") Boolean isValidExchange,
        @JsonProperty("OutputReservedInstancesWillExpireAt") java.time.Instant outputReservedInstancesWillExpireAt,
        @JsonProperty("PaymentDue") String paymentDue,
        @JsonProperty("ReservedInstanceValueRollup") ReservationValue reservedInstanceValueRollup,
        @JsonProperty("ReservedInstanceValueSet") java.util.List<ReservedInstanceReservationValue> reservedInstanceValueSet,
        @JsonProperty("TargetConfigurationValueRollup") ReservationValue targetConfigurationValueRollup,
        @JsonProperty("TargetConfigurationValueSet") java.util.List<TargetReservationValue> targetConfigurationValueSet,
        @JsonProperty("ValidationFailureReason") String validationFailureReason) {
}
