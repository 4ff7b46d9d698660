// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TunnelOption(
        @JsonProperty("OutsideIpAddress") String outsideIpAddress,
        @JsonProperty("TunnelInsideCidr") String tunnelInsideCidr,
        @JsonProperty("TunnelInsideIpv6Cidr") String tunnelInsideIpv6Cidr,
        @JsonProperty("PreSharedKey") String preSharedKey,
        @JsonProperty("Phase1LifetimeSeconds") Integer phase1LifetimeSeconds,
        @JsonProperty("Phase2LifetimeSeconds") Integer phase2LifetimeSeconds,
        @JsonProperty("RekeyMarginTimeSeconds") Integer rekeyMarginTimeSeconds,
        @JsonProperty("RekeyFuzzPercentage") Integer rekeyFuzzPercentage,
        @JsonProperty("ReplayWindowSize") Integer replayWindowSize,
        @JsonProperty("DpdTimeoutSeconds") Integer dpdTimeoutSeconds,
        @JsonProperty("DpdTimeoutAction") String dpdTimeoutAction,
        @JsonProperty("Phase1EncryptionAlgorithms") java.util.List<Phase1EncryptionAlgorithmsListValue> phase1EncryptionAlgorithms,
        @JsonProperty("Phase2EncryptionAlgorithms") java.util.List<Phase2EncryptionAlgorithmsListValue> phase2EncryptionAlgorithms,
        @JsonProperty("Phase1IntegrityAlgorithms") java.util.List<Phase1IntegrityAlgorithmsListValue> phase1IntegrityAlgorithms,
        @JsonProperty("Phase2IntegrityAlgorithms") java.util.List<Phase2IntegrityAlgorithmsListValue> phase2IntegrityAlgorithms,
        @JsonProperty("Phase1DHGroupNumbers") java.util.List<Phase1DHGroupNumbersListValue> phase1DHGroupNumbers,
        @JsonProperty("Phase2DHGroupNumbers") java.util.List<Phase2DHGroupNumbersListValue> phase2DHGroupNumbers,
        @JsonProperty("IkeVersions") java.util.List<IKEVersionsListValue> ikeVersions,
        @JsonProperty("StartupAction") String startupAction,
        @JsonProperty("LogOptions") VpnTunnelLogOptions logOptions,
        @JsonProperty("EnableTunnelLifecycleControl") Boolean enableTunnelLifecycleControl) {
}
