// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpnGateway(
        @JsonProperty("AmazonSideAsn") Long amazonSideAsn,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("VpnGatewayId") String vpnGatewayId,
        @JsonProperty("State") String state,
        @JsonProperty("Type") String type,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("VpcAttachments") java.util.List<VpcAttachment> vpcAttachments) {
}
