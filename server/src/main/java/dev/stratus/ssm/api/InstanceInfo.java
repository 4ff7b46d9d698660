// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceInfo(
        @JsonProperty("AgentType") String agentType,
        @JsonProperty("AgentVersion") String agentVersion,
        @JsonProperty("ComputerName") String computerName,
        @JsonProperty("InstanceStatus") String instanceStatus,
        @JsonProperty("IpAddress") String ipAddress,
        @JsonProperty("ManagedStatus") String managedStatus,
        @JsonProperty("PlatformType") String platformType,
        @JsonProperty("PlatformName") String platformName,
        @JsonProperty("PlatformVersion") String platformVersion,
        @JsonProperty("ResourceType") String resourceType) {
}
