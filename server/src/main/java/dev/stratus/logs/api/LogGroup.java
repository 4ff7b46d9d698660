// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogGroup(
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("creationTime") Long creationTime,
        @JsonProperty("retentionInDays") Integer retentionInDays,
        @JsonProperty("metricFilterCount") Integer metricFilterCount,
        @JsonProperty("arn") String arn,
        @JsonProperty("storedBytes") Long storedBytes,
        @JsonProperty("kmsKeyId") String kmsKeyId,
        @JsonProperty("dataProtectionStatus") String dataProtectionStatus,
        @JsonProperty("inheritedProperties") java.util.List<String> inheritedProperties,
        @JsonProperty("logGroupClass") String logGroupClass,
        @JsonProperty("logGroupArn") String logGroupArn,
        @JsonProperty("deletionProtectionEnabled") Boolean deletionProtectionEnabled,
        @JsonProperty("bearerTokenAuthenticationEnabled") Boolean bearerTokenAuthenticationEnabled) {
}
