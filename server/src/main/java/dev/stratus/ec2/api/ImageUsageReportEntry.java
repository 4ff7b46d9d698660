// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageUsageReportEntry(
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("ReportId") String reportId,
        @JsonProperty("UsageCount") Long usageCount,
        @JsonProperty("AccountId") String accountId,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("ReportCreationTime") java.time.Instant reportCreationTime) {
}
