// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandPlugin(
        @JsonProperty("Name") String name,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusDetails") String statusDetails,
        @JsonProperty("ResponseCode") Integer responseCode,
        @JsonProperty("ResponseStartDateTime") java.time.Instant responseStartDateTime,
        @JsonProperty("ResponseFinishDateTime") java.time.Instant responseFinishDateTime,
        @JsonProperty("Output") String output,
        @JsonProperty("StandardOutputUrl") String standardOutputUrl,
        @JsonProperty("StandardErrorUrl") String standardErrorUrl,
        @JsonProperty("OutputS3Region") String outputS3Region,
        @JsonProperty("OutputS3BucketName") String outputS3BucketName,
        @JsonProperty("OutputS3KeyPrefix") String outputS3KeyPrefix) {
}
