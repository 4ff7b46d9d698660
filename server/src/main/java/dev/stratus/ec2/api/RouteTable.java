// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteTable(
        @JsonProperty("Associations") java.util.List<RouteTableAssociation> associations,
        @JsonProperty("PropagatingVgws") java.util.List<PropagatingVgw> propagatingVgws,
        @JsonProperty("RouteTableId") String routeTableId,
        @JsonProperty("Routes") java.util.List<Route> routes,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("OwnerId") String ownerId) {
}
