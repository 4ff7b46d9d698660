// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrafficMirrorTarget(
        @JsonProperty("TrafficMirrorTargetId") String trafficMirrorTargetId,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("NetworkLoadBalancerArn") String networkLoadBalancerArn,
        @JsonProperty("Type") String type,
        @JsonProperty("Description") String description,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("GatewayLoadBalancerEndpointId") String gatewayLoadBalancerEndpointId) {
}
