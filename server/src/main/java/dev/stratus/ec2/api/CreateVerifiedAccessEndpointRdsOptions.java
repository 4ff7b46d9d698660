// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVerifiedAccessEndpointRdsOptions(
        @JsonProperty("Protocol") String protocol,
        @JsonProperty("Port") Integer port,
        @JsonProperty("RdsDbInstanceArn") String rdsDbInstanceArn,
        @JsonProperty("RdsDbClusterArn") String rdsDbClusterArn,
        @JsonProperty("RdsDbProxyArn") String rdsDbProxyArn,
        @JsonProperty("RdsEndpoint") String rdsEndpoint,
        @JsonProperty("SubnetIds") java.util.List<String> subnetIds) {
}
