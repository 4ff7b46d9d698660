// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateManagedPrefixListRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("PrefixListName") String prefixListName,
        @JsonProperty("Entries") java.util.List<AddPrefixListEntry> entries,
        @JsonProperty("MaxEntries") Integer maxEntries,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("AddressFamily") String addressFamily,
        @JsonProperty("ClientToken") String clientToken) {
}
