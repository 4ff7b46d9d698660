// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateLaunchConfigurationType(
        @JsonProperty("LaunchConfigurationName") String launchConfigurationName,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("KeyName") String keyName,
        @JsonProperty("SecurityGroups") java.util.List<String> securityGroups,
        @JsonProperty("ClassicLinkVPCId") String classicLinkVPCId,
        @JsonProperty("ClassicLinkVPCSecurityGroups") java.util.List<String> classicLinkVPCSecurityGroups,
        @JsonProperty("UserData") String userData,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("KernelId") String kernelId,
        @JsonProperty("RamdiskId") String ramdiskId,
        @JsonProperty("BlockDeviceMappings") java.util.List<BlockDeviceMapping> blockDeviceMappings,
        @JsonProperty("InstanceMonitoring") InstanceMonitoring instanceMonitoring,
        @JsonProperty("SpotPrice") String spotPrice,
        @JsonProperty("IamInstanceProfile") String iamInstanceProfile,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized,
        @JsonProperty("AssociatePublicIpAddress") Boolean associatePublicIpAddress,
        @JsonProperty("PlacementTenancy") String placementTenancy,
        @JsonProperty("MetadataOptions") InstanceMetadataOptions metadataOptions) {
}
