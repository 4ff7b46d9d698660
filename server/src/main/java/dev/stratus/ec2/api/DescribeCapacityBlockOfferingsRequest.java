// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeCapacityBlockOfferingsRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("InstanceCount") Integer instanceCount,
        @JsonProperty("StartDateRange") java.time.Instant startDateRange,
        @JsonProperty("EndDateRange") java.time.Instant endDateRange,
        @JsonProperty("CapacityDurationHours") Integer capacityDurationHours,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("UltraserverType") String ultraserverType,
        @JsonProperty("UltraserverCount") Integer ultraserverCount,
        @JsonProperty("AllAvailabilityZones") Boolean allAvailabilityZones) {
}
