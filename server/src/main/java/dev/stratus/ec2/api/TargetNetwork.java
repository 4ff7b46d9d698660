// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetNetwork(
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("TargetNetworkId") String targetNetworkId,
        @JsonProperty("ClientVpnEndpointId") String clientVpnEndpointId,
        @JsonProperty("Status") AssociationStatus status,
        @JsonProperty("SecurityGroups") java.util.List<String> securityGroups,
        @JsonProperty("AvailabilityZones") java.util.List<String> availabilityZones,
        @JsonProperty("AvailabilityZoneIds") java.util.List<String> availabilityZoneIds) {
}
