// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegisteredInstance(
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("SqlServerLicenseUsage") String sqlServerLicenseUsage,
        @JsonProperty("HaStatus") String haStatus,
        @JsonProperty("ProcessingStatus") String processingStatus,
        @JsonProperty("LastUpdatedTime") java.time.Instant lastUpdatedTime,
        @JsonProperty("SqlServerCredentials") String sqlServerCredentials,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
