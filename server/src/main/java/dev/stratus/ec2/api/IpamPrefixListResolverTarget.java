// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamPrefixListResolverTarget(
        @JsonProperty("IpamPrefixListResolverTargetId") String ipamPrefixListResolverTargetId,
        @JsonProperty("IpamPrefixListResolverTargetArn") String ipamPrefixListResolverTargetArn,
        @JsonProperty("IpamPrefixListResolverId") String ipamPrefixListResolverId,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("PrefixListId") String prefixListId,
        @JsonProperty("PrefixListRegion") String prefixListRegion,
        @JsonProperty("DesiredVersion") Long desiredVersion,
        @JsonProperty("LastSyncedVersion") Long lastSyncedVersion,
        @JsonProperty("TrackLatestVersion") Boolean trackLatestVersion,
        @JsonProperty("StateMessage") String stateMessage,
        @JsonProperty("State") String state,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
