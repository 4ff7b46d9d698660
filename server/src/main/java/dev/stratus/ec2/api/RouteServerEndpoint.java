// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteServerEndpoint(
        @JsonProperty("RouteServerId") String routeServerId,
        @JsonProperty("RouteServerEndpointId") String routeServerEndpointId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("EniId") String eniId,
        @JsonProperty("EniAddress") String eniAddress,
        @JsonProperty("State") String state,
        @JsonProperty("FailureReason") String failureReason,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
