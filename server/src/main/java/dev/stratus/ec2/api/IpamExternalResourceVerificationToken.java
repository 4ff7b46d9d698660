// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamExternalResourceVerificationToken(
        @JsonProperty("IpamExternalResourceVerificationTokenId") String ipamExternalResourceVerificationTokenId,
        @JsonProperty("IpamExternalResourceVerificationTokenArn") String ipamExternalResourceVerificationTokenArn,
        @JsonProperty("IpamId") String ipamId,
        @JsonProperty("IpamArn") String ipamArn,
        @JsonProperty("IpamRegion") String ipamRegion,
        @JsonProperty("TokenValue") String tokenValue,
        @JsonProperty("TokenName") String tokenName,
        @JsonProperty("NotAfter") java.time.Instant notAfter,
        @JsonProperty("Status") String status,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("State") String state) {
}
