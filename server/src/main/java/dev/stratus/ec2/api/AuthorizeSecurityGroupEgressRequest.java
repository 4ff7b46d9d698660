// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthorizeSecurityGroupEgressRequest(
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("SourceSecurityGroupName") String sourceSecurityGroupName,
        @JsonProperty("SourceSecurityGroupOwnerId") String sourceSecurityGroupOwnerId,
        @JsonProperty("IpProtocol") String ipProtocol,
        @JsonProperty("FromPort") Integer fromPort,
        @JsonProperty("ToPort") Integer toPort,
        @JsonProperty("CidrIp") String cidrIp,
        @JsonProperty("IpPermissions") java.util.List<IpPermission> ipPermissions) {
}
