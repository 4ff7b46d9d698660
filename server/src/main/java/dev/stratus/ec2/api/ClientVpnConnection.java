// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientVpnConnection(
        @JsonProperty("ClientVpnEndpointId") String clientVpnEndpointId,
        @JsonProperty("Timestamp") String timestamp,
        @JsonProperty("ConnectionId") String connectionId,
        @JsonProperty("Username") String username,
        @JsonProperty("ConnectionEstablishedTime") String connectionEstablishedTime,
        @JsonProperty("IngressBytes") String ingressBytes,
        @JsonProperty("EgressBytes") String egressBytes,
        @JsonProperty("IngressPackets") String ingressPackets,
        @JsonProperty("EgressPackets") String egressPackets,
        @JsonProperty("ClientIp") String clientIp,
        @JsonProperty("ClientIpv6Address") String clientIpv6Address,
        @JsonProperty("CommonName") String commonName,
        @JsonProperty("Status") ClientVpnConnectionStatus status,
        @JsonProperty("ConnectionEndTime") String connectionEndTime,
        @JsonProperty("PostureComplianceStatuses") java.util.List<String> postureComplianceStatuses) {
}
