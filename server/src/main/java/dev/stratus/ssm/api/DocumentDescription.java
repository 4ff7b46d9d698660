// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentDescription(
        @JsonProperty("Sha1") String sha1,
        @JsonProperty("Hash") String hash,
        @JsonProperty("HashType") String hashType,
        @JsonProperty("Name") String name,
        @JsonProperty("DisplayName") String displayName,
        @JsonProperty("VersionName") String versionName,
        @JsonProperty("Owner") String owner,
        @JsonProperty("CreatedDate") java.time.Instant createdDate,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusInformation") String statusInformation,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("Description") String description,
        @JsonProperty("Parameters") java.util.List<DocumentParameter> parameters,
        @JsonProperty("PlatformTypes") java.util.List<String> platformTypes,
        @JsonProperty("DocumentType") String documentType,
        @JsonProperty("SchemaVersion") String schemaVersion,
        @JsonProperty("LatestVersion") String latestVersion,
        @JsonProperty("DefaultVersion") String defaultVersion,
        @JsonProperty("DocumentFormat") String documentFormat,
        @JsonProperty("TargetType") String targetType,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("AttachmentsInformation") java.util.List<AttachmentInformation> attachmentsInformation,
        @JsonProperty("Requires") java.util.List<DocumentRequires> requires,
        @JsonProperty("Author") String author,
        @JsonProperty("ReviewInformation") java.util.List<ReviewInformation> reviewInformation,
        @JsonProperty("ApprovedVersion") String approvedVersion,
        @JsonProperty("PendingReviewVersion") String pendingReviewVersion,
        @JsonProperty("ReviewStatus") String reviewStatus,
        @JsonProperty("Category") java.util.List<String> category,
        @JsonProperty("CategoryEnum") java.util.List<String> categoryEnum) {
}
