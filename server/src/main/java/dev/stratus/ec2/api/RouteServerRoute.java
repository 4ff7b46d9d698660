// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteServerRoute(
        @JsonProperty("RouteServerEndpointId") String routeServerEndpointId,
        @JsonProperty("RouteServerPeerId") String routeServerPeerId,
        @JsonProperty("RouteInstallationDetails") java.util.List<RouteServerRouteInstallationDetail> routeInstallationDetails,
        @JsonProperty("RouteStatus") String routeStatus,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("AsPaths") java.util.List<String> asPaths,
        @JsonProperty("Med") Integer med,
        @JsonProperty("NextHopIp") String nextHopIp) {
}
