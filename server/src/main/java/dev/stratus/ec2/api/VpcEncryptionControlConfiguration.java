// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpcEncryptionControlConfiguration(
        @JsonProperty("Mode") String mode,
        @JsonProperty("InternetGatewayExclusion") String internetGatewayExclusion,
        @JsonProperty("EgressOnlyInternetGatewayExclusion") String egressOnlyInternetGatewayExclusion,
        @JsonProperty("NatGatewayExclusion") String natGatewayExclusion,
        @JsonProperty("VirtualPrivateGatewayExclusion") String virtualPrivateGatewayExclusion,
        @JsonProperty("VpcPeeringExclusion") String vpcPeeringExclusion,
        @JsonProperty("LambdaExclusion") String lambdaExclusion,
        @JsonProperty("VpcLatticeExclusion") String vpcLatticeExclusion,
        @JsonProperty("ElasticFileSystemExclusion") String elasticFileSystemExclusion) {
}
