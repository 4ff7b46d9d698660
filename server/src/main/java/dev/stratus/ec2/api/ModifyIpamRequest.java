// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyIpamRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("IpamId") String ipamId,
        @JsonProperty("Description") String description,
        @JsonProperty("AddOperatingRegions") java.util.List<AddIpamOperatingRegion> addOperatingRegions,
        @JsonProperty("RemoveOperatingRegions") java.util.List<RemoveIpamOperatingRegion> removeOperatingRegions,
        @JsonProperty("Tier") String tier,
        @JsonProperty("EnablePrivateGua") Boolean enablePrivateGua,
        @JsonProperty("MeteredAccount") String meteredAccount) {
}
