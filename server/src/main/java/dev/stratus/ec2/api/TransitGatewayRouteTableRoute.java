// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayRouteTableRoute(
        @JsonProperty("DestinationCidr") String destinationCidr,
        @JsonProperty("State") String state,
        @JsonProperty("RouteOrigin") String routeOrigin,
        @JsonProperty("PrefixListId") String prefixListId,
        @JsonProperty("AttachmentId") String attachmentId,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("ResourceType") String resourceType) {
}
