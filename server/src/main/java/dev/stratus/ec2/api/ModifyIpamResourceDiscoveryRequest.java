// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyIpamResourceDiscoveryRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("IpamResourceDiscoveryId") String ipamResourceDiscoveryId,
        @JsonProperty("Description") String description,
        @JsonProperty("AddOperatingRegions") java.util.List<AddIpamOperatingRegion> addOperatingRegions,
        @JsonProperty("RemoveOperatingRegions") java.util.List<RemoveIpamOperatingRegion> removeOperatingRegions,
        @JsonProperty("AddOrganizationalUnitExclusions") java.util.List<AddIpamOrganizationalUnitExclusion> addOrganizationalUnitExclusions,
        @JsonProperty("RemoveOrganizationalUnitExclusions") java.util.List<RemoveIpamOrganizationalUnitExclusion> removeOrganizationalUnitExclusions) {
}
