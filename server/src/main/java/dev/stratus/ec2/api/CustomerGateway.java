// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerGateway(
        @JsonProperty("CertificateArn") String certificateArn,
        @JsonProperty("DeviceName") String deviceName,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("BgpAsnExtended") String bgpAsnExtended,
        @JsonProperty("CustomerGatewayId") String customerGatewayId,
        @JsonProperty("State") String state,
        @JsonProperty("Type") String type,
        @JsonProperty("IpAddress") String ipAddress,
        @JsonProperty("BgpAsn") String bgpAsn) {
}
