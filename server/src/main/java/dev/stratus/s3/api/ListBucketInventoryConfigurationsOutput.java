// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListBucketInventoryConfigurationsOutput(
        @JsonProperty("ContinuationToken") String continuationToken,
        @JsonProperty("InventoryConfigurationList") java.util.List<InventoryConfiguration> inventoryConfigurationList,
        @JsonProperty("IsTruncated") Boolean isTruncated,
        @JsonProperty("NextContinuationToken") String nextContinuationToken) {
}
