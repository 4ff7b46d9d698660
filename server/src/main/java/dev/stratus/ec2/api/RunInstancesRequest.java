// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunInstancesRequest(
        @JsonProperty("BlockDeviceMappings") java.util.List<BlockDeviceMapping> blockDeviceMappings,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("Ipv6AddressCount") Integer ipv6AddressCount,
        @JsonProperty("Ipv6Addresses") java.util.List<InstanceIpv6Address> ipv6Addresses,
        @JsonProperty("KernelId") String kernelId,
        @JsonProperty("KeyName") String keyName,
        @JsonProperty("MaxCount") Integer maxCount,
        @JsonProperty("MinCount") Integer minCount,
        @JsonProperty("Monitoring") RunInstancesMonitoringEnabled monitoring,
        @JsonProperty("Placement") Placement placement,
        @JsonProperty("RamdiskId") String ramdiskId,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("SecurityGroups") java.util.List<String> securityGroups,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("UserData") String userData,
        @JsonProperty("ElasticGpuSpecification") java.util.List<ElasticGpuSpecification> elasticGpuSpecification,
        @JsonProperty("ElasticInferenceAccelerators") java.util.List<ElasticInferenceAccelerator> elasticInferenceAccelerators,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("LaunchTemplate") LaunchTemplateSpecification launchTemplate,
        @JsonProperty("InstanceMarketOptions") InstanceMarketOptionsRequest instanceMarketOptions,
        @JsonProperty("CreditSpecification") CreditSpecificationRequest creditSpecification,
        @JsonProperty("CpuOptions") CpuOptionsRequest cpuOptions,
        @JsonProperty("CapacityReservationSpecification") CapacityReservationSpecification capacityReservationSpecification,
        @JsonProperty("HibernationOptions") HibernationOptionsRequest hibernationOptions,
        @JsonProperty("LicenseSpecifications") java.util.List<LicenseConfigurationRequest> licenseSpecifications,
        @JsonProperty("MetadataOptions") InstanceMetadataOptionsRequest metadataOptions,
        @JsonProperty("EnclaveOptions") EnclaveOptionsRequest enclaveOptions,
        @JsonProperty("PrivateDnsNameOptions") PrivateDnsNameOptionsRequest privateDnsNameOptions,
        @JsonProperty("MaintenanceOptions") InstanceMaintenanceOptionsRequest maintenanceOptions,
        @JsonProperty("DisableApiStop") Boolean disableApiStop,
        @JsonProperty("EnablePrimaryIpv6") Boolean enablePrimaryIpv6,
        @JsonProperty("NetworkPerformanceOptions") InstanceNetworkPerformanceOptionsRequest networkPerformanceOptions,
        @JsonProperty("Operator") OperatorRequest operator,
        @JsonProperty("SecondaryInterfaces") java.util.List<InstanceSecondaryInterfaceSpecificationRequest> secondaryInterfaces,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("DisableApiTermination") Boolean disableApiTermination,
        @JsonProperty("InstanceInitiatedShutdownBehavior") String instanceInitiatedShutdownBehavior,
        @JsonProperty("PrivateIpAddress") String privateIpAddress,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("AdditionalInfo") String additionalInfo,
        @JsonProperty("NetworkInterfaces") java.util.List<InstanceNetworkInterfaceSpecification> networkInterfaces,
        @JsonProperty("IamInstanceProfile") IamInstanceProfileSpecification iamInstanceProfile,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized) {
}
