// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoggingEnabled(
        @JsonProperty("TargetBucket") String targetBucket,
        @JsonProperty("TargetGrants") java.util.List<TargetGrant> targetGrants,
        @JsonProperty("TargetPrefix") String targetPrefix,
        @JsonProperty("TargetObjectKeyFormat") TargetObjectKeyFormat targetObjectKeyFormat) {
}
