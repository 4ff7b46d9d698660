// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthorizeSecurityGroupIngressRequest(
        @JsonProperty("CidrIp") String cidrIp,
        @JsonProperty("FromPort") Integer fromPort,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("IpPermissions") java.util.List<IpPermission> ipPermissions,
        @JsonProperty("IpProtocol") String ipProtocol,
        @JsonProperty("SourceSecurityGroupName") String sourceSecurityGroupName,
        @JsonProperty("SourceSecurityGroupOwnerId") String sourceSecurityGroupOwnerId,
        @JsonProperty("ToPort") Integer toPort,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun) {
}
