// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamResourceDiscoveryAssociation(
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("IpamResourceDiscoveryAssociationId") String ipamResourceDiscoveryAssociationId,
        @JsonProperty("IpamResourceDiscoveryAssociationArn") String ipamResourceDiscoveryAssociationArn,
        @JsonProperty("IpamResourceDiscoveryId") String ipamResourceDiscoveryId,
        @JsonProperty("IpamId") String ipamId,
        @JsonProperty("IpamArn") String ipamArn,
        @JsonProperty("IpamRegion") String ipamRegion,
        @JsonProperty("IsDefault") Boolean isDefault,
        @JsonProperty("ResourceDiscoveryStatus") String resourceDiscoveryStatus,
        @JsonProperty("State") String state,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
