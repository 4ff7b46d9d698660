// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateNatGatewayRequest(
        @JsonProperty("AvailabilityMode") String availabilityMode,
        @JsonProperty("AllocationId") String allocationId,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("AvailabilityZoneAddresses") java.util.List<AvailabilityZoneAddress> availabilityZoneAddresses,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("ConnectivityType") String connectivityType,
        @JsonProperty("PrivateIpAddress") String privateIpAddress,
        @JsonProperty("SecondaryAllocationIds") java.util.List<String> secondaryAllocationIds,
        @JsonProperty("SecondaryPrivateIpAddresses") java.util.List<String> secondaryPrivateIpAddresses,
        @JsonProperty("SecondaryPrivateIpAddressCount") Integer secondaryPrivateIpAddressCount) {
}
