// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Placement(
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("Affinity") String affinity,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("PartitionNumber") Integer partitionNumber,
        @JsonProperty("HostId") String hostId,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("SpreadDomain") String spreadDomain,
        @JsonProperty("HostResourceGroupArn") String hostResourceGroupArn,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("AvailabilityZone") String availabilityZone) {
}
