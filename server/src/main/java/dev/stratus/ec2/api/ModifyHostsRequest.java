// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyHostsRequest(
        @JsonProperty("HostRecovery") String hostRecovery,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("InstanceFamily") String instanceFamily,
        @JsonProperty("HostMaintenance") String hostMaintenance,
        @JsonProperty("HostIds") java.util.List<String> hostIds,
        @JsonProperty("AutoPlacement") String autoPlacement) {
}
