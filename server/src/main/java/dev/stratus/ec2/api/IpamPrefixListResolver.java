// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamPrefixListResolver(
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("IpamPrefixListResolverId") String ipamPrefixListResolverId,
        @JsonProperty("IpamPrefixListResolverArn") String ipamPrefixListResolverArn,
        @JsonProperty("IpamArn") String ipamArn,
        @JsonProperty("IpamRegion") String ipamRegion,
        @JsonProperty("Description") String description,
        @JsonProperty("AddressFamily") String addressFamily,
        @JsonProperty("State") String state,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("LastVersionCreationStatus") String lastVersionCreationStatus,
        @JsonProperty("LastVersionCreationStatusMessage") String lastVersionCreationStatusMessage) {
}
