// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeSpotPriceHistoryRequest(
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("InstanceTypes") java.util.List<String> instanceTypes,
        @JsonProperty("ProductDescriptions") java.util.List<String> productDescriptions,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {
}
