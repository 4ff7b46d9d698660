// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyIpamResourceCidrRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("ResourceCidr") String resourceCidr,
        @JsonProperty("ResourceRegion") String resourceRegion,
        @JsonProperty("CurrentIpamScopeId") String currentIpamScopeId,
        @JsonProperty("DestinationIpamScopeId") String destinationIpamScopeId,
        @JsonProperty("Monitored") Boolean monitored) {
}
