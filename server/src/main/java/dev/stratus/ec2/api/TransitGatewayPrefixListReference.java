// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayPrefixListReference(
        @JsonProperty("TransitGatewayRouteTableId") String transitGatewayRouteTableId,
        @JsonProperty("PrefixListId") String prefixListId,
        @JsonProperty("PrefixListOwnerId") String prefixListOwnerId,
        @JsonProperty("State") String state,
        @JsonProperty("Blackhole") Boolean blackhole,
        @JsonProperty("TransitGatewayAttachment") TransitGatewayPrefixListAttachment transitGatewayAttachment) {
}
