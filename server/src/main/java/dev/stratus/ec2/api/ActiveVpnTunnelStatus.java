// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActiveVpnTunnelStatus(
        @JsonProperty("Phase1EncryptionAlgorithm") String phase1EncryptionAlgorithm,
        @JsonProperty("Phase2EncryptionAlgorithm") String phase2EncryptionAlgorithm,
        @JsonProperty("Phase1IntegrityAlgorithm") String phase1IntegrityAlgorithm,
        @JsonProperty("Phase2IntegrityAlgorithm") String phase2IntegrityAlgorithm,
        @JsonProperty("Phase1DHGroup") Integer phase1DHGroup,
        @JsonProperty("Phase2DHGroup") Integer phase2DHGroup,
        @JsonProperty("IkeVersion") String ikeVersion,
        @JsonProperty("ProvisioningStatus") String provisioningStatus,
        @JsonProperty("ProvisioningStatusReason") String provisioningStatusReason) {
}
