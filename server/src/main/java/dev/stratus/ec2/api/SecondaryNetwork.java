// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecondaryNetwork(
        @JsonProperty("SecondaryNetworkId") String secondaryNetworkId,
        @JsonProperty("SecondaryNetworkArn") String secondaryNetworkArn,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("Type") String type,
        @JsonProperty("State") String state,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("Ipv4CidrBlockAssociations") java.util.List<SecondaryNetworkIpv4CidrBlockAssociation> ipv4CidrBlockAssociations,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
