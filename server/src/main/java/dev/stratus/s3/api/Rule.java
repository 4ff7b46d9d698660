// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rule(
        @JsonProperty("Expiration") LifecycleExpiration expiration,
        @JsonProperty("ID") String id,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("Status") String status,
        @JsonProperty("Transition") Transition transition,
        @JsonProperty("NoncurrentVersionTransition") NoncurrentVersionTransition noncurrentVersionTransition,
        @JsonProperty("NoncurrentVersionExpiration") NoncurrentVersionExpiration noncurrentVersionExpiration,
        @JsonProperty("AbortIncompleteMultipartUpload") AbortIncompleteMultipartUpload abortIncompleteMultipartUpload) {
}
