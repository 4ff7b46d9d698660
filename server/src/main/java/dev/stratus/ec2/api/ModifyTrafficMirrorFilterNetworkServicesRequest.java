// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyTrafficMirrorFilterNetworkServicesRequest(
        @JsonProperty("TrafficMirrorFilterId") String trafficMirrorFilterId,
        @JsonProperty("AddNetworkServices") java.util.List<String> addNetworkServices,
        @JsonProperty("RemoveNetworkServices") java.util.List<String> removeNetworkServices,
        @JsonProperty("DryRun") Boolean dryRun) {
}
