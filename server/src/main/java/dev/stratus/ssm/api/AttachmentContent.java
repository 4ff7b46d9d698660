// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentContent(
        @JsonProperty("Name") String name,
        @JsonProperty("Size") Long size,
        @JsonProperty("Hash") String hash,
        @JsonProperty("HashType") String hashType,
        @JsonProperty("Url") String url) {
}
