// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManagedPrefixList(
        @JsonProperty("PrefixListId") String prefixListId,
        @JsonProperty("AddressFamily") String addressFamily,
        @JsonProperty("State") String state,
        @JsonProperty("StateMessage") String stateMessage,
        @JsonProperty("PrefixListArn") String prefixListArn,
        @JsonProperty("PrefixListName") String prefixListName,
        @JsonProperty("MaxEntries") Integer maxEntries,
        @JsonProperty("Version") Long version,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("IpamPrefixListResolverTargetId") String ipamPrefixListResolverTargetId,
        @JsonProperty("IpamPrefixListResolverSyncEnabled") Boolean ipamPrefixListResolverSyncEnabled) {
}
