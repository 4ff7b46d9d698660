// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkAcl(
        @JsonProperty("Associations") java.util.List<NetworkAclAssociation> associations,
        @JsonProperty("Entries") java.util.List<NetworkAclEntry> entries,
        @JsonProperty("IsDefault") Boolean isDefault,
        @JsonProperty("NetworkAclId") String networkAclId,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("OwnerId") String ownerId) {
}
