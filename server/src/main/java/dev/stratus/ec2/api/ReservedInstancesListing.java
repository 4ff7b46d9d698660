// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservedInstancesListing(
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("InstanceCounts") java.util.List<InstanceCount> instanceCounts,
        @JsonProperty("PriceSchedules") java.util.List<PriceSchedule> priceSchedules,
        @JsonProperty("ReservedInstancesId") String reservedInstancesId,
        @JsonProperty("ReservedInstancesListingId") String reservedInstancesListingId,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("UpdateDate") java.time.Instant updateDate) {
}
