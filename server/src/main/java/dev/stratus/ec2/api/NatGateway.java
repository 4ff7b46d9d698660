// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NatGateway(
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("DeleteTime") java.time.Instant deleteTime,
        @JsonProperty("FailureCode") String failureCode,
        @JsonProperty("FailureMessage") String failureMessage,
        @JsonProperty("NatGatewayAddresses") java.util.List<NatGatewayAddress> natGatewayAddresses,
        @JsonProperty("NatGatewayId") String natGatewayId,
        @JsonProperty("ProvisionedBandwidth") ProvisionedBandwidth provisionedBandwidth,
        @JsonProperty("State") String state,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("ConnectivityType") String connectivityType,
        @JsonProperty("AvailabilityMode") String availabilityMode,
        @JsonProperty("AutoScalingIps") String autoScalingIps,
        @JsonProperty("AutoProvisionZones") String autoProvisionZones,
        @JsonProperty("AttachedAppliances") java.util.List<NatGatewayAttachedAppliance> attachedAppliances,
        @JsonProperty("RouteTableId") String routeTableId) {
}
