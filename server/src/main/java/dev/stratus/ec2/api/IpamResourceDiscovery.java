// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamResourceDiscovery(
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("IpamResourceDiscoveryId") String ipamResourceDiscoveryId,
        @JsonProperty("IpamResourceDiscoveryArn") String ipamResourceDiscoveryArn,
        @JsonProperty("IpamResourceDiscoveryRegion") String ipamResourceDiscoveryRegion,
        @JsonProperty("Description") String description,
        @JsonProperty("OperatingRegions") java.util.List<IpamOperatingRegion> operatingRegions,
        @JsonProperty("IsDefault") Boolean isDefault,
        @JsonProperty("State") String state,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("OrganizationalUnitExclusions") java.util.List<IpamOrganizationalUnitExclusion> organizationalUnitExclusions) {
}
