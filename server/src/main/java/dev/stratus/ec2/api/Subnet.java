// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subnet(
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("EnableLniAtDeviceIndex") Integer enableLniAtDeviceIndex,
        @JsonProperty("MapCustomerOwnedIpOnLaunch") Boolean mapCustomerOwnedIpOnLaunch,
        @JsonProperty("CustomerOwnedIpv4Pool") String customerOwnedIpv4Pool,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("AssignIpv6AddressOnCreation") Boolean assignIpv6AddressOnCreation,
        @JsonProperty("Ipv6CidrBlockAssociationSet") java.util.List<SubnetIpv6CidrBlockAssociation> ipv6CidrBlockAssociationSet,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("SubnetArn") String subnetArn,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("EnableDns64") Boolean enableDns64,
        @JsonProperty("Ipv6Native") Boolean ipv6Native,
        @JsonProperty("PrivateDnsNameOptionsOnLaunch") PrivateDnsNameOptionsOnLaunch privateDnsNameOptionsOnLaunch,
        @JsonProperty("BlockPublicAccessStates") BlockPublicAccessStates blockPublicAccessStates,
        @JsonProperty("Type") String type,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("State") String state,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("CidrBlock") String cidrBlock,
        @JsonProperty("AvailableIpAddressCount") Integer availableIpAddressCount,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("DefaultForAz") Boolean defaultForAz,
        @JsonProperty("MapPublicIpOnLaunch") Boolean mapPublicIpOnLaunch) {
}
