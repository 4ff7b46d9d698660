// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateLogGroupRequest(
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("kmsKeyId") String kmsKeyId,
        @JsonProperty("tags") java.util.Map<String, String> tags,
        @JsonProperty("logGroupClass") String logGroupClass,
        @JsonProperty("deletionProtectionEnabled") Boolean deletionProtectionEnabled) {
}
