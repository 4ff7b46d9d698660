// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVerifiedAccessEndpointLoadBalancerOptions(
        @JsonProperty("Protocol") String protocol,
        @JsonProperty("Port") Integer port,
        @JsonProperty("LoadBalancerArn") String loadBalancerArn,
        @JsonProperty("SubnetIds") java.util.List<String> subnetIds,
        @JsonProperty("PortRanges") java.util.List<CreateVerifiedAccessEndpointPortRange> portRanges) {
}
