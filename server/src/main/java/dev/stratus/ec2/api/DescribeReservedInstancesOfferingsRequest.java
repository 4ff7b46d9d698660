// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeReservedInstancesOfferingsRequest(
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("IncludeMarketplace") Boolean includeMarketplace,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("MaxDuration") Long maxDuration,
        @JsonProperty("MaxInstanceCount") Integer maxInstanceCount,
        @JsonProperty("MinDuration") Long minDuration,
        @JsonProperty("OfferingClass") String offeringClass,
        @JsonProperty("ProductDescription") String productDescription,
        @JsonProperty("ReservedInstancesOfferingIds") java.util.List<String> reservedInstancesOfferingIds,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("InstanceTenancy") String instanceTenancy,
        @JsonProperty("OfferingType") String offeringType,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults) {
}
