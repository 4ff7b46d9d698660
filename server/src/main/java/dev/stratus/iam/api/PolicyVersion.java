// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyVersion(
        @JsonProperty("Document") String document,
        @JsonProperty("VersionId") String versionId,
        @JsonProperty("IsDefaultVersion") Boolean isDefaultVersion,
        @JsonProperty("CreateDate") java.time.Instant createDate) {
}
