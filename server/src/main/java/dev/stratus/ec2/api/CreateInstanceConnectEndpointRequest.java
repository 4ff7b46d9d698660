// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateInstanceConnectEndpointRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("PreserveClientIp") Boolean preserveClientIp,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("IpAddressType") String ipAddressType) {
}
