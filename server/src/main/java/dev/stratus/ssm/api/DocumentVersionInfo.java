// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentVersionInfo(
        @JsonProperty("Name") String name,
        @JsonProperty("DisplayName") String displayName,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("VersionName") String versionName,
        @JsonProperty("CreatedDate") java.time.Instant createdDate,
        @JsonProperty("IsDefaultVersion") Boolean isDefaultVersion,
        @JsonProperty("DocumentFormat") String documentFormat,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusInformation") String statusInformation,
        @JsonProperty("ReviewStatus") String reviewStatus) {
}
