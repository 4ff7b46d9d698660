// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessKey(
        @JsonProperty("UserName") String userName,
        @JsonProperty("AccessKeyId") String accessKeyId,
        @JsonProperty("Status") String status,
        @JsonProperty("SecretAccessKey") String secretAccessKey,
        @JsonProperty("CreateDate") java.time.Instant createDate) {
}
