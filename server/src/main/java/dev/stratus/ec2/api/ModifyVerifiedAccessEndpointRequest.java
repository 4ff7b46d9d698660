// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyVerifiedAccessEndpointRequest(
        @JsonProperty("VerifiedAccessEndpointId") String verifiedAccessEndpointId,
        @JsonProperty("VerifiedAccessGroupId") String verifiedAccessGroupId,
        @JsonProperty("LoadBalancerOptions") ModifyVerifiedAccessEndpointLoadBalancerOptions loadBalancerOptions,
        @JsonProperty("NetworkInterfaceOptions") ModifyVerifiedAccessEndpointEniOptions networkInterfaceOptions,
        @JsonProperty("Description") String description,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("RdsOptions") ModifyVerifiedAccessEndpointRdsOptions rdsOptions,
        @JsonProperty("CidrOptions") ModifyVerifiedAccessEndpointCidrOptions cidrOptions) {
}
