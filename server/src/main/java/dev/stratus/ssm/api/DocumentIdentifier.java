// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentIdentifier(
        @JsonProperty("Name") String name,
        @JsonProperty("CreatedDate") java.time.Instant createdDate,
        @JsonProperty("DisplayName") String displayName,
        @JsonProperty("Owner") String owner,
        @JsonProperty("VersionName") String versionName,
        @JsonProperty("PlatformTypes") java.util.List<String> platformTypes,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("DocumentType") String documentType,
        @JsonProperty("SchemaVersion") String schemaVersion,
        @JsonProperty("DocumentFormat") String documentFormat,
        @JsonProperty("TargetType") String targetType,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("Requires") java.util.List<DocumentRequires> requires,
        @JsonProperty("ReviewStatus") String reviewStatus,
        @JsonProperty("Author") String author) {
}
