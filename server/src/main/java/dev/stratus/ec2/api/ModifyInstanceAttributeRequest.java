// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyInstanceAttributeRequest(
        @JsonProperty("SourceDestCheck") AttributeBooleanValue sourceDestCheck,
        @JsonProperty("DisableApiStop") AttributeBooleanValue disableApiStop,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("Attribute") String attribute,
        @JsonProperty("Value") String value,
        @JsonProperty("BlockDeviceMappings") java.util.List<InstanceBlockDeviceMappingSpecification> blockDeviceMappings,
        @JsonProperty("DisableApiTermination") AttributeBooleanValue disableApiTermination,
        @JsonProperty("InstanceType") AttributeValue instanceType,
        @JsonProperty("Kernel") AttributeValue kernel,
        @JsonProperty("Ramdisk") AttributeValue ramdisk,
        @JsonProperty("UserData") BlobAttributeValue userData,
        @JsonProperty("InstanceInitiatedShutdownBehavior") AttributeValue instanceInitiatedShutdownBehavior,
        @JsonProperty("Groups") java.util.List<String> groups,
        @JsonProperty("EbsOptimized") AttributeBooleanValue ebsOptimized,
        @JsonProperty("SriovNetSupport") AttributeValue sriovNetSupport,
        @JsonProperty("EnaSupport") AttributeBooleanValue enaSupport) {
}
