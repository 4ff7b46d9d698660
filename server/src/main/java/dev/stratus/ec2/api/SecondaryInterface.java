// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecondaryInterface(
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("Attachment") SecondaryInterfaceAttachment attachment,
        @JsonProperty("MacAddress") String macAddress,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("PrivateIpv4Addresses") java.util.List<SecondaryInterfaceIpv4Address> privateIpv4Addresses,
        @JsonProperty("SecondaryInterfaceId") String secondaryInterfaceId,
        @JsonProperty("SecondaryInterfaceArn") String secondaryInterfaceArn,
        @JsonProperty("SecondaryInterfaceType") String secondaryInterfaceType,
        @JsonProperty("SecondarySubnetId") String secondarySubnetId,
        @JsonProperty("SecondaryNetworkId") String secondaryNetworkId,
        @JsonProperty("SecondaryNetworkType") String secondaryNetworkType,
        @JsonProperty("SourceDestCheck") Boolean sourceDestCheck,
        @JsonProperty("Status") String status,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
