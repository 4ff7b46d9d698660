// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportInstanceLaunchSpecification(
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("GroupNames") java.util.List<String> groupNames,
        @JsonProperty("GroupIds") java.util.List<String> groupIds,
        @JsonProperty("AdditionalInfo") String additionalInfo,
        @JsonProperty("UserData") UserData userData,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("Placement") Placement placement,
        @JsonProperty("Monitoring") Boolean monitoring,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("InstanceInitiatedShutdownBehavior") String instanceInitiatedShutdownBehavior,
        @JsonProperty("PrivateIpAddress") String privateIpAddress) {
}
