// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetDocumentResult(
        @JsonProperty("Name") String name,
        @JsonProperty("CreatedDate") java.time.Instant createdDate,
        @JsonProperty("DisplayName") String displayName,
        @JsonProperty("VersionName") String versionName,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusInformation") String statusInformation,
        @JsonProperty("Content") String content,
        @JsonProperty("DocumentType") String documentType,
        @JsonProperty("DocumentFormat") String documentFormat,
        @JsonProperty("Requires") java.util.List<DocumentRequires> requires,
        @JsonProperty("AttachmentsContent") java.util.List<AttachmentContent> attachmentsContent,
        @JsonProperty("ReviewStatus") String reviewStatus) {
}
