// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ipam(
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("IpamId") String ipamId,
        @JsonProperty("IpamArn") String ipamArn,
        @JsonProperty("IpamRegion") String ipamRegion,
        @JsonProperty("PublicDefaultScopeId") String publicDefaultScopeId,
        @JsonProperty("PrivateDefaultScopeId") String privateDefaultScopeId,
        @JsonProperty("ScopeCount") Integer scopeCount,
        @JsonProperty("Description") String description,
        @JsonProperty("OperatingRegions") java.util.List<IpamOperatingRegion> operatingRegions,
        @JsonProperty("State") String state,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("DefaultResourceDiscoveryId") String defaultResourceDiscoveryId,
        @JsonProperty("DefaultResourceDiscoveryAssociationId") String defaultResourceDiscoveryAssociationId,
        @JsonProperty("ResourceDiscoveryAssociationCount") Integer resourceDiscoveryAssociationCount,
        @JsonProperty("StateMessage") String stateMessage,
        @JsonProperty("Tier") String tier,
        @JsonProperty("EnablePrivateGua") Boolean enablePrivateGua,
        @JsonProperty("MeteredAccount") String meteredAccount) {
}
