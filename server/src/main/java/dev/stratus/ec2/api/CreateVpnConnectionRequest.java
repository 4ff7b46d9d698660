// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVpnConnectionRequest(
        @JsonProperty("CustomerGatewayId") String customerGatewayId,
        @JsonProperty("Type") String type,
        @JsonProperty("VpnGatewayId") String vpnGatewayId,
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("VpnConcentratorId") String vpnConcentratorId,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("PreSharedKeyStorage") String preSharedKeyStorage,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Options") VpnConnectionOptionsSpecification options) {
}
