// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateDocumentRequest(
        @JsonProperty("Content") String content,
        @JsonProperty("Attachments") java.util.List<AttachmentsSource> attachments,
        @JsonProperty("Name") String name,
        @JsonProperty("DisplayName") String displayName,
        @JsonProperty("VersionName") String versionName,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("DocumentFormat") String documentFormat,
        @JsonProperty("TargetType") String targetType) {
}
