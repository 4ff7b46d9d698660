// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledInstancesLaunchSpecification(
        @JsonProperty("BlockDeviceMappings") java.util.List<ScheduledInstancesBlockDeviceMapping> blockDeviceMappings,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized,
        @JsonProperty("IamInstanceProfile") ScheduledInstancesIamInstanceProfile iamInstanceProfile,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("KernelId") String kernelId,
        @JsonProperty("KeyName") String keyName,
        @JsonProperty("Monitoring") ScheduledInstancesMonitoring monitoring,
        @JsonProperty("NetworkInterfaces") java.util.List<ScheduledInstancesNetworkInterface> networkInterfaces,
        @JsonProperty("Placement") ScheduledInstancesPlacement placement,
        @JsonProperty("RamdiskId") String ramdiskId,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("UserData") String userData) {
}
