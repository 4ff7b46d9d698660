// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LaunchTemplatePlacement(
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("Affinity") String affinity,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("HostId") String hostId,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("SpreadDomain") String spreadDomain,
        @JsonProperty("HostResourceGroupArn") String hostResourceGroupArn,
        @JsonProperty("PartitionNumber") Integer partitionNumber,
        @JsonProperty("GroupId") String groupId) {
}
