// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyManagedPrefixListRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("PrefixListId") String prefixListId,
        @JsonProperty("CurrentVersion") Long currentVersion,
        @JsonProperty("PrefixListName") String prefixListName,
        @JsonProperty("AddEntries") java.util.List<AddPrefixListEntry> addEntries,
        @JsonProperty("RemoveEntries") java.util.List<RemovePrefixListEntry> removeEntries,
        @JsonProperty("MaxEntries") Integer maxEntries,
        @JsonProperty("IpamPrefixListResolverSyncEnabled") Boolean ipamPrefixListResolverSyncEnabled) {
}
