// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceSetting(
        @JsonProperty("SettingId") String settingId,
        @JsonProperty("SettingValue") String settingValue,
        @JsonProperty("LastModifiedDate") java.time.Instant lastModifiedDate,
        @JsonProperty("LastModifiedUser") String lastModifiedUser,
        @JsonProperty("ARN") String arn,
        @JsonProperty("Status") String status) {
}
