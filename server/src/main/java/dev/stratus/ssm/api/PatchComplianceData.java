// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatchComplianceData(
        @JsonProperty("Title") String title,
        @JsonProperty("KBId") String kbId,
        @JsonProperty("Classification") String classification,
        @JsonProperty("Severity") String severity,
        @JsonProperty("State") String state,
        @JsonProperty("InstalledTime") java.time.Instant installedTime,
        @JsonProperty("CVEIds") String cveIds) {
}
