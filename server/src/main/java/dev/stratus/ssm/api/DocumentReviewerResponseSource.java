// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentReviewerResponseSource(
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("UpdatedTime") java.time.Instant updatedTime,
        @JsonProperty("ReviewStatus") String reviewStatus,
        @JsonProperty("Comment") java.util.List<DocumentReviewCommentSource> comment,
        @JsonProperty("Reviewer") String reviewer) {
}
