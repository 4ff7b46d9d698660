// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceProperty(
        @JsonProperty("Name") String name,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("InstanceRole") String instanceRole,
        @JsonProperty("KeyName") String keyName,
        @JsonProperty("InstanceState") String instanceState,
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("IPAddress") String ipAddress,
        @JsonProperty("LaunchTime") java.time.Instant launchTime,
        @JsonProperty("PingStatus") String pingStatus,
        @JsonProperty("LastPingDateTime") java.time.Instant lastPingDateTime,
        @JsonProperty("AgentVersion") String agentVersion,
        @JsonProperty("PlatformType") String platformType,
        @JsonProperty("PlatformName") String platformName,
        @JsonProperty("PlatformVersion") String platformVersion,
        @JsonProperty("ActivationId") String activationId,
        @JsonProperty("IamRole") String iamRole,
        @JsonProperty("RegistrationDate") java.time.Instant registrationDate,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("ComputerName") String computerName,
        @JsonProperty("AssociationStatus") String associationStatus,
        @JsonProperty("LastAssociationExecutionDate") java.time.Instant lastAssociationExecutionDate,
        @JsonProperty("LastSuccessfulAssociationExecutionDate") java.time.Instant lastSuccessfulAssociationExecutionDate,
        @JsonProperty("AssociationOverview") InstanceAggregatedAssociationOverview associationOverview,
        @JsonProperty("SourceId") String sourceId,
        @JsonProperty("SourceType") String sourceType) {
}
