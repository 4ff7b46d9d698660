// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamScope(
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("IpamScopeId") String ipamScopeId,
        @JsonProperty("IpamScopeArn") String ipamScopeArn,
        @JsonProperty("IpamArn") String ipamArn,
        @JsonProperty("IpamRegion") String ipamRegion,
        @JsonProperty("IpamScopeType") String ipamScopeType,
        @JsonProperty("IsDefault") Boolean isDefault,
        @JsonProperty("Description") String description,
        @JsonProperty("PoolCount") Integer poolCount,
        @JsonProperty("State") String state,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("ExternalAuthorityConfiguration") IpamScopeExternalAuthorityConfiguration externalAuthorityConfiguration) {
}
