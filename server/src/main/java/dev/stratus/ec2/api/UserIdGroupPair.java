// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserIdGroupPair(
        @JsonProperty("Description") String description,
        @JsonProperty("UserId") String userId,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("VpcPeeringConnectionId") String vpcPeeringConnectionId,
        @JsonProperty("PeeringStatus") String peeringStatus) {
}
