// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageUsageReport(
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("ReportId") String reportId,
        @JsonProperty("ResourceTypes") java.util.List<ImageUsageResourceType> resourceTypes,
        @JsonProperty("AccountIds") java.util.List<String> accountIds,
        @JsonProperty("State") String state,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("ExpirationTime") java.time.Instant expirationTime,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
