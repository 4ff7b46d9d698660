// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseLaunchTemplateData(
        @JsonProperty("KernelId") String kernelId,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized,
        @JsonProperty("IamInstanceProfile") LaunchTemplateIamInstanceProfileSpecification iamInstanceProfile,
        @JsonProperty("BlockDeviceMappings") java.util.List<LaunchTemplateBlockDeviceMapping> blockDeviceMappings,
        @JsonProperty("NetworkInterfaces") java.util.List<LaunchTemplateInstanceNetworkInterfaceSpecification> networkInterfaces,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("KeyName") String keyName,
        @JsonProperty("Monitoring") LaunchTemplatesMonitoring monitoring,
        @JsonProperty("Placement") LaunchTemplatePlacement placement,
        @JsonProperty("RamDiskId") String ramDiskId,
        @JsonProperty("DisableApiTermination") Boolean disableApiTermination,
        @JsonProperty("InstanceInitiatedShutdownBehavior") String instanceInitiatedShutdownBehavior,
        @JsonProperty("UserData") String userData,
        @JsonProperty("TagSpecifications") java.util.List<LaunchTemplateTagSpecification> tagSpecifications,
        @JsonProperty("ElasticGpuSpecifications") java.util.List<ElasticGpuSpecificationResponse> elasticGpuSpecifications,
        @JsonProperty("ElasticInferenceAccelerators") java.util.List<LaunchTemplateElasticInferenceAcceleratorResponse> elasticInferenceAccelerators,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("SecurityGroups") java.util.List<String> securityGroups,
        @JsonProperty("InstanceMarketOptions") LaunchTemplateInstanceMarketOptions instanceMarketOptions,
        @JsonProperty("CreditSpecification") CreditSpecification creditSpecification,
        @JsonProperty("CpuOptions") LaunchTemplateCpuOptions cpuOptions,
        @JsonProperty("CapacityReservationSpecification") LaunchTemplateCapacityReservationSpecificationResponse capacityReservationSpecification,
        @JsonProperty("LicenseSpecifications") java.util.List<LaunchTemplateLicenseConfiguration> licenseSpecifications,
        @JsonProperty("HibernationOptions") LaunchTemplateHibernationOptions hibernationOptions,
        @JsonProperty("MetadataOptions") LaunchTemplateInstanceMetadataOptions metadataOptions,
        @JsonProperty("EnclaveOptions") LaunchTemplateEnclaveOptions enclaveOptions,
        @JsonProperty("InstanceRequirements") InstanceRequirements instanceRequirements,
        @JsonProperty("PrivateDnsNameOptions") LaunchTemplatePrivateDnsNameOptions privateDnsNameOptions,
        @JsonProperty("MaintenanceOptions") LaunchTemplateInstanceMaintenanceOptions maintenanceOptions,
        @JsonProperty("DisableApiStop") Boolean disableApiStop,
        @JsonProperty("Operator") OperatorResponse operator,
        @JsonProperty("NetworkPerformanceOptions") LaunchTemplateNetworkPerformanceOptions networkPerformanceOptions,
        @JsonProperty("SecondaryInterfaces") java.util.List<LaunchTemplateInstanceSecondaryInterfaceSpecification> secondaryInterfaces) {
}
