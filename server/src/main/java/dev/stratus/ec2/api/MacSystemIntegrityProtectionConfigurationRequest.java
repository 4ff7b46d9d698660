// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MacSystemIntegrityProtectionConfigurationRequest(
        @JsonProperty("AppleInternal") String appleInternal,
        @JsonProperty("BaseSystem") String baseSystem,
        @JsonProperty("DebuggingRestrictions") String debuggingRestrictions,
        @JsonProperty("DTraceRestrictions") String dTraceRestrictions,
        @JsonProperty("FilesystemProtections") String filesystemProtections,
        @JsonProperty("KextSigning") String kextSigning,
        @JsonProperty("NvramProtections") String nvramProtections) {
}
