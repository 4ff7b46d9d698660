// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceAttribute(
        @JsonProperty("BlockDeviceMappings") java.util.List<InstanceBlockDeviceMapping> blockDeviceMappings,
        @JsonProperty("DisableApiTermination") AttributeBooleanValue disableApiTermination,
        @JsonProperty("EnaSupport") AttributeBooleanValue enaSupport,
        @JsonProperty("EnclaveOptions") EnclaveOptions enclaveOptions,
        @JsonProperty("EbsOptimized") AttributeBooleanValue ebsOptimized,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("InstanceInitiatedShutdownBehavior") AttributeValue instanceInitiatedShutdownBehavior,
        @JsonProperty("InstanceType") AttributeValue instanceType,
        @JsonProperty("KernelId") AttributeValue kernelId,
        @JsonProperty("ProductCodes") java.util.List<ProductCode> productCodes,
        @JsonProperty("RamdiskId") AttributeValue ramdiskId,
        @JsonProperty("RootDeviceName") AttributeValue rootDeviceName,
        @JsonProperty("SourceDestCheck") AttributeBooleanValue sourceDestCheck,
        @JsonProperty("SriovNetSupport") AttributeValue sriovNetSupport,
        @JsonProperty("UserData") AttributeValue userData,
        @JsonProperty("DisableApiStop") AttributeBooleanValue disableApiStop,
        @JsonProperty("Groups") java.util.List<GroupIdentifier> groups) {
}
