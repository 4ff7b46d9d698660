// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateCustomerGatewayRequest(
        @JsonProperty("BgpAsn") Integer bgpAsn,
        @JsonProperty("PublicIp") String publicIp,
        @JsonProperty("CertificateArn") String certificateArn,
        @JsonProperty("Type") String type,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DeviceName") String deviceName,
        @JsonProperty("IpAddress") String ipAddress,
        @JsonProperty("BgpAsnExtended") Long bgpAsnExtended,
        @JsonProperty("DryRun") Boolean dryRun) {
}
