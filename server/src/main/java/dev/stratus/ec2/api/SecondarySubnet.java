// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecondarySubnet(
        @JsonProperty("SecondarySubnetId") String secondarySubnetId,
        @JsonProperty("SecondarySubnetArn") String secondarySubnetArn,
        @JsonProperty("SecondaryNetworkId") String secondaryNetworkId,
        @JsonProperty("SecondaryNetworkType") String secondaryNetworkType,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("Ipv4CidrBlockAssociations") java.util.List<SecondarySubnetIpv4CidrBlockAssociation> ipv4CidrBlockAssociations,
        @JsonProperty("State") String state,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
