// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutpostLag(
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("State") String state,
        @JsonProperty("OutpostLagId") String outpostLagId,
        @JsonProperty("LocalGatewayVirtualInterfaceIds") java.util.List<String> localGatewayVirtualInterfaceIds,
        @JsonProperty("ServiceLinkVirtualInterfaceIds") java.util.List<String> serviceLinkVirtualInterfaceIds,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
