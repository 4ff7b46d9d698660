// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VirtualMFADevice(
        @JsonProperty("SerialNumber") String serialNumber,
        @JsonProperty("Base32StringSeed") byte[] base32StringSeed,
        @JsonProperty("QRCodePNG") byte[] qrCodePNG,
        @JsonProperty("User") User user,
        @JsonProperty("EnableDate") java.time.Instant enableDate,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
