// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestSpotLaunchSpecification(
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("SecurityGroups") java.util.List<String> securityGroups,
        @JsonProperty("AddressingType") String addressingType,
        @JsonProperty("BlockDeviceMappings") java.util.List<BlockDeviceMapping> blockDeviceMappings,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized,
        @JsonProperty("IamInstanceProfile") IamInstanceProfileSpecification iamInstanceProfile,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("KernelId") String kernelId,
        @JsonProperty("KeyName") String keyName,
        @JsonProperty("Monitoring") RunInstancesMonitoringEnabled monitoring,
        @JsonProperty("NetworkInterfaces") java.util.List<InstanceNetworkInterfaceSpecification> networkInterfaces,
        @JsonProperty("Placement") SpotPlacement placement,
        @JsonProperty("RamdiskId") String ramdiskId,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("UserData") String userData) {
}
