// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceDataSyncSource(
        @JsonProperty("SourceType") String sourceType,
        @JsonProperty("AwsOrganizationsSource") ResourceDataSyncAwsOrganizationsSource awsOrganizationsSource,
        @JsonProperty("SourceRegions") java.util.List<String> sourceRegions,
        @JsonProperty("IncludeFutureRegions") Boolean includeFutureRegions,
        @JsonProperty("EnableAllOpsDataSources") Boolean enableAllOpsDataSources) {
}
