// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecurityGroup(
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("IpPermissionsEgress") java.util.List<IpPermission> ipPermissionsEgress,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("SecurityGroupArn") String securityGroupArn,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("Description") String description,
        @JsonProperty("IpPermissions") java.util.List<IpPermission> ipPermissions) {
}
