// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssociateAddressRequest(
        @JsonProperty("AllocationId") String allocationId,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("PublicIp") String publicIp,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("PrivateIpAddress") String privateIpAddress,
        @JsonProperty("AllowReassociation") Boolean allowReassociation) {
}
