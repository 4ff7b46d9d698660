// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PathComponent(
        @JsonProperty("SequenceNumber") Integer sequenceNumber,
        @JsonProperty("AclRule") AnalysisAclRule aclRule,
        @JsonProperty("AttachedTo") AnalysisComponent attachedTo,
        @JsonProperty("Component") AnalysisComponent component,
        @JsonProperty("DestinationVpc") AnalysisComponent destinationVpc,
        @JsonProperty("OutboundHeader") AnalysisPacketHeader outboundHeader,
        @JsonProperty("InboundHeader") AnalysisPacketHeader inboundHeader,
        @JsonProperty("RouteTableRoute") AnalysisRouteTableRoute routeTableRoute,
        @JsonProperty("SecurityGroupRule") AnalysisSecurityGroupRule securityGroupRule,
        @JsonProperty("SourceVpc") AnalysisComponent sourceVpc,
        @JsonProperty("Subnet") AnalysisComponent subnet,
        @JsonProperty("Vpc") AnalysisComponent vpc,
        @JsonProperty("AdditionalDetails") java.util.List<AdditionalDetail> additionalDetails,
        @JsonProperty("TransitGateway") AnalysisComponent transitGateway,
        @JsonProperty("TransitGatewayRouteTableRoute") TransitGatewayRouteTableRoute transitGatewayRouteTableRoute,
        @JsonProperty("Explanations") java.util.List<Explanation> explanations,
        @JsonProperty("ElasticLoadBalancerListener") AnalysisComponent elasticLoadBalancerListener,
        @JsonProperty("FirewallStatelessRule") FirewallStatelessRule firewallStatelessRule,
        @JsonProperty("FirewallStatefulRule") FirewallStatefulRule firewallStatefulRule,
        @JsonProperty("ServiceName") String serviceName) {
}
