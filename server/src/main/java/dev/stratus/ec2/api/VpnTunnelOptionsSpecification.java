// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpnTunnelOptionsSpecification(
        @JsonProperty("TunnelInsideCidr") String tunnelInsideCidr,
        @JsonProperty("TunnelInsideIpv6Cidr") String tunnelInsideIpv6Cidr,
        @JsonProperty("PreSharedKey") String preSharedKey,
        @JsonProperty("Phase1LifetimeSeconds") Integer phase1LifetimeSeconds,
        @JsonProperty("Phase2LifetimeSeconds") Integer phase2LifetimeSeconds,
        @JsonProperty("RekeyMarginTimeSeconds") Integer rekeyMarginTimeSeconds,
        @JsonProperty("RekeyFuzzPercentage") Integer rekeyFuzzPercentage,
        @JsonProperty("ReplayWindowSize") Integer replayWindowSize,
        @JsonProperty("DPDTimeoutSeconds") Integer dpdTimeoutSeconds,
        @JsonProperty("DPDTimeoutAction") String dpdTimeoutAction,
        @JsonProperty("Phase1EncryptionAlgorithms") java.util.List<Phase1EncryptionAlgorithmsRequestListValue> phase1EncryptionAlgorithms,
        @JsonProperty("Phase2EncryptionAlgorithms") java.util.List<Phase2EncryptionAlgorithmsRequestListValue> phase2EncryptionAlgorithms,
        @JsonProperty("Phase1IntegrityAlgorithms") java.util.List<Phase1IntegrityAlgorithmsRequestListValue> phase1IntegrityAlgorithms,
        @JsonProperty("Phase2IntegrityAlgorithms") java.util.List<Phase2IntegrityAlgorithmsRequestListValue> phase2IntegrityAlgorithms,
        @JsonProperty("Phase1DHGroupNumbers") java.util.List<Phase1DHGroupNumbersRequestListValue> phase1DHGroupNumbers,
        @JsonProperty("Phase2DHGroupNumbers") java.util.List<Phase2DHGroupNumbersRequestListValue> phase2DHGroupNumbers,
        @JsonProperty("IKEVersions") java.util.List<IKEVersionsRequestListValue> ikeVersions,
        @JsonProperty("StartupAction") String startupAction,
        @JsonProperty("LogOptions") VpnTunnelLogOptionsSpecification logOptions,
        @JsonProperty("EnableTunnelLifecycleControl") Boolean enableTunnelLifecycleControl) {
}
