// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RejectTransitGatewayMulticastDomainAssociationsRequest(
        @JsonProperty("TransitGatewayMulticastDomainId") String transitGatewayMulticastDomainId,
        @JsonProperty("TransitGatewayAttachmentId") String transitGatewayAttachmentId,
        @JsonProperty("SubnetIds") java.util.List<String> subnetIds,
        @JsonProperty("DryRun") Boolean dryRun) {
}
