// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferencedSecurityGroup(
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("PeeringStatus") String peeringStatus,
        @JsonProperty("UserId") String userId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("VpcPeeringConnectionId") String vpcPeeringConnectionId) {
}
