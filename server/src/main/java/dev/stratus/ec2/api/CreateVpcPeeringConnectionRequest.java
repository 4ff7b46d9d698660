// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVpcPeeringConnectionRequest(
        @JsonProperty("PeerRegion") String peerRegion,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("PeerVpcId") String peerVpcId,
        @JsonProperty("PeerOwnerId") String peerOwnerId) {
}
