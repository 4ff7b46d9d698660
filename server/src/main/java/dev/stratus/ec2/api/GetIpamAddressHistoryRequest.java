// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetIpamAddressHistoryRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Cidr") String cidr,
        @JsonProperty("IpamScopeId") String ipamScopeId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {
}
