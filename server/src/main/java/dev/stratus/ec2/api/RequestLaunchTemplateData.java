// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestLaunchTemplateData(
        @JsonProperty("KernelId") String kernelId,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized,
        @JsonProperty("IamInstanceProfile") LaunchTemplateIamInstanceProfileSpecificationRequest iamInstanceProfile,
        @JsonProperty("BlockDeviceMappings") java.util.List<LaunchTemplateBlockDeviceMappingRequest> blockDeviceMappings,
        @JsonProperty("NetworkInterfaces") java.util.List<LaunchTemplateInstanceNetworkInterfaceSpecificationRequest> networkInterfaces,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("KeyName") String keyName,
        @JsonProperty("Monitoring") LaunchTemplatesMonitoringRequest monitoring,
        @JsonProperty("Placement") LaunchTemplatePlacementRequest placement,
        @JsonProperty("RamDiskId") String ramDiskId,
        @JsonProperty("DisableApiTermination") Boolean disableApiTermination,
        @JsonProperty("InstanceInitiatedShutdownBehavior") String instanceInitiatedShutdownBehavior,
        @JsonProperty("UserData") String userData,
        @JsonProperty("TagSpecifications") java.util.List<LaunchTemplateTagSpecificationRequest> tagSpecifications,
        @JsonProperty("ElasticGpuSpecifications") java.util.List<ElasticGpuSpecification> elasticGpuSpecifications,
        @JsonProperty("ElasticInferenceAccelerators") java.util.List<LaunchTemplateElasticInferenceAccelerator> elasticInferenceAccelerators,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("SecurityGroups") java.util.List<String> securityGroups,
        @JsonProperty("InstanceMarketOptions") LaunchTemplateInstanceMarketOptionsRequest instanceMarketOptions,
        @JsonProperty("CreditSpecification") CreditSpecificationRequest creditSpecification,
        @JsonProperty("CpuOptions") LaunchTemplateCpuOptionsRequest cpuOptions,
        @JsonProperty("CapacityReservationSpecification") LaunchTemplateCapacityReservationSpecificationRequest capacityReservationSpecification,
        @JsonProperty("LicenseSpecifications") java.util.List<LaunchTemplateLicenseConfigurationRequest> licenseSpecifications,
        @JsonProperty("HibernationOptions") LaunchTemplateHibernationOptionsRequest hibernationOptions,
        @JsonProperty("MetadataOptions") LaunchTemplateInstanceMetadataOptionsRequest metadataOptions,
        @JsonProperty("EnclaveOptions") LaunchTemplateEnclaveOptionsRequest enclaveOptions,
        @JsonProperty("InstanceRequirements") InstanceRequirementsRequest instanceRequirements,
        @JsonProperty("PrivateDnsNameOptions") LaunchTemplatePrivateDnsNameOptionsRequest privateDnsNameOptions,
        @JsonProperty("MaintenanceOptions") LaunchTemplateInstanceMaintenanceOptionsRequest maintenanceOptions,
        @JsonProperty("DisableApiStop") Boolean disableApiStop,
        @JsonProperty("Operator") OperatorRequest operator,
        @JsonProperty("NetworkPerformanceOptions") LaunchTemplateNetworkPerformanceOptionsRequest networkPerformanceOptions,
        @JsonProperty("SecondaryInterfaces") java.util.List<LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest> secondaryInterfaces) {
}
