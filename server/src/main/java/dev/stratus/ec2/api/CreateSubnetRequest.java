// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateSubnetRequest(
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("CidrBlock") String cidrBlock,
        @JsonProperty("Ipv6CidrBlock") String ipv6CidrBlock,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("Ipv6Native") Boolean ipv6Native,
        @JsonProperty("Ipv4IpamPoolId") String ipv4IpamPoolId,
        @JsonProperty("Ipv4NetmaskLength") Integer ipv4NetmaskLength,
        @JsonProperty("Ipv6IpamPoolId") String ipv6IpamPoolId,
        @JsonProperty("Ipv6NetmaskLength") Integer ipv6NetmaskLength,
        @JsonProperty("DryRun") Boolean dryRun) {
}
