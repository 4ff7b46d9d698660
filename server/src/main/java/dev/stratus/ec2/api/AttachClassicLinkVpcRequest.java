// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachClassicLinkVpcRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("Groups") java.util.List<String> groups) {
}
