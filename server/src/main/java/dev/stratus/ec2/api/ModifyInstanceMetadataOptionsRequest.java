// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyInstanceMetadataOptionsRequest(
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("HttpTokens") String httpTokens,
        @JsonProperty("HttpPutResponseHopLimit") Integer httpPutResponseHopLimit,
        @JsonProperty("HttpEndpoint") String httpEndpoint,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("HttpProtocolIpv6") String httpProtocolIpv6,
        @JsonProperty("InstanceMetadataTags") String instanceMetadataTags) {
}
