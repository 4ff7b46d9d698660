// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceSecondaryInterface(
        @JsonProperty("Attachment") InstanceSecondaryInterfaceAttachment attachment,
        @JsonProperty("MacAddress") String macAddress,
        @JsonProperty("SecondaryInterfaceId") String secondaryInterfaceId,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("PrivateIpAddresses") java.util.List<InstanceSecondaryInterfacePrivateIpAddress> privateIpAddresses,
        @JsonProperty("SourceDestCheck") Boolean sourceDestCheck,
        @JsonProperty("Status") String status,
        @JsonProperty("SecondarySubnetId") String secondarySubnetId,
        @JsonProperty("SecondaryNetworkId") String secondaryNetworkId,
        @JsonProperty("InterfaceType") String interfaceType) {
}
