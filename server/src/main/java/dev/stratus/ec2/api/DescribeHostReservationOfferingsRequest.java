// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeHostReservationOfferingsRequest(
        @JsonProperty("Filter") java.util.List<Filter> filter,
        @JsonProperty("MaxDuration") Integer maxDuration,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("MinDuration") Integer minDuration,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("OfferingId") String offeringId) {
}
