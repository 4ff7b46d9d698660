// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpotFleetLaunchSpecification(
        @JsonProperty("AddressingType") String addressingType,
        @JsonProperty("BlockDeviceMappings") java.util.List<BlockDeviceMapping> blockDeviceMappings,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized,
        @JsonProperty("IamInstanceProfile") IamInstanceProfileSpecification iamInstanceProfile,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("KernelId") String kernelId,
        @JsonProperty("KeyName") String keyName,
        @JsonProperty("Monitoring") SpotFleetMonitoring monitoring,
        @JsonProperty("NetworkInterfaces") java.util.List<InstanceNetworkInterfaceSpecification> networkInterfaces,
        @JsonProperty("Placement") SpotPlacement placement,
        @JsonProperty("RamdiskId") String ramdiskId,
        @JsonProperty("SpotPrice") String spotPrice,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("UserData") String userData,
        @JsonProperty("WeightedCapacity") Double weightedCapacity,
        @JsonProperty("TagSpecifications") java.util.List<SpotFleetTagSpecification> tagSpecifications,
        @JsonProperty("InstanceRequirements") InstanceRequirements instanceRequirements,
        @JsonProperty("SecurityGroups") java.util.List<GroupIdentifier> securityGroups) {
}
