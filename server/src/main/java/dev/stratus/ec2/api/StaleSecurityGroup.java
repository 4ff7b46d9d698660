// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaleSecurityGroup(
        @JsonProperty("Description") String description,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("StaleIpPermissions") java.util.List<StaleIpPermission> staleIpPermissions,
        @JsonProperty("StaleIpPermissionsEgress") java.util.List<StaleIpPermission> staleIpPermissionsEgress,
        @JsonProperty("VpcId") String vpcId) {
}
