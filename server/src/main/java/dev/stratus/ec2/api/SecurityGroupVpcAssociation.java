// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecurityGroupVpcAssociation(
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("VpcOwnerId") String vpcOwnerId,
        @JsonProperty("State") String state,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("GroupOwnerId") String groupOwnerId) {
}
