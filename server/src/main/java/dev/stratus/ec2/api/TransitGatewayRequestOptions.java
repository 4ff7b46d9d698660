// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayRequestOptions(
        @JsonProperty("AmazonSideAsn") Long amazonSideAsn,
        @JsonProperty("AutoAcceptSharedAttachments") String autoAcceptSharedAttachments,
        @JsonProperty("DefaultRouteTableAssociation") String defaultRouteTableAssociation,
        @JsonProperty("DefaultRouteTablePropagation") String defaultRouteTablePropagation,
        @JsonProperty("VpnEcmpSupport") String vpnEcmpSupport,
        @JsonProperty("DnsSupport") String dnsSupport,
        @JsonProperty("SecurityGroupReferencingSupport") String securityGroupReferencingSupport,
        @JsonProperty("MulticastSupport") String multicastSupport,
        @JsonProperty("TransitGatewayCidrBlocks") java.util.List<String> transitGatewayCidrBlocks) {
}
