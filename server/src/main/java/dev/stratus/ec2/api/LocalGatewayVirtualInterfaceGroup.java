// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalGatewayVirtualInterfaceGroup(
        @JsonProperty("LocalGatewayVirtualInterfaceGroupId") String localGatewayVirtualInterfaceGroupId,
        @JsonProperty("LocalGatewayVirtualInterfaceIds") java.util.List<String> localGatewayVirtualInterfaceIds,
        @JsonProperty("LocalGatewayId") String localGatewayId,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("LocalBgpAsn") Integer localBgpAsn,
        @JsonProperty("LocalBgpAsnExtended") Long localBgpAsnExtended,
        @JsonProperty("LocalGatewayVirtualInterfaceGroupArn") String localGatewayVirtualInterfaceGroupArn,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("ConfigurationState") String configurationState) {
}
