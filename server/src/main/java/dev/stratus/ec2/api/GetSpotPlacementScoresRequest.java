// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetSpotPlacementScoresRequest(
        @JsonProperty("InstanceTypes") java.util.List<String> instanceTypes,
        @JsonProperty("TargetCapacity") Integer targetCapacity,
        @JsonProperty("TargetCapacityUnitType") String targetCapacityUnitType,
        @JsonProperty("SingleAvailabilityZone") Boolean singleAvailabilityZone,
        @JsonProperty("RegionNames") java.util.List<String> regionNames,
        @JsonProperty("InstanceRequirementsWithMetadata") InstanceRequirementsWithMetadataRequest instanceRequirementsWithMetadata,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {
}
