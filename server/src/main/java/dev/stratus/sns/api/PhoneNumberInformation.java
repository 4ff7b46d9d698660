// Generated from the sns model by scripts/generate-apis. Do not edit.
package dev.stratus.sns.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneNumberInformation(
        @JsonProperty("CreatedAt") java.time.Instant createdAt,
        @JsonProperty("PhoneNumber") String phoneNumber,
        @JsonProperty("Status") String status,
        @JsonProperty("Iso2CountryCode") String iso2CountryCode,
        @JsonProperty("RouteType") String routeType,
        @JsonProperty("NumberCapabilities") java.util.List<String> numberCapabilities) {
}
