// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpcEncryptionControlExclusions(
        @JsonProperty("InternetGateway") VpcEncryptionControlExclusion internetGateway,
        @JsonProperty("EgressOnlyInternetGateway") VpcEncryptionControlExclusion egressOnlyInternetGateway,
        @JsonProperty("NatGateway") VpcEncryptionControlExclusion natGateway,
        @JsonProperty("VirtualPrivateGateway") VpcEncryptionControlExclusion virtualPrivateGateway,
        @JsonProperty("VpcPeering") VpcEncryptionControlExclusion vpcPeering,
        @JsonProperty("Lambda") VpcEncryptionControlExclusion lambda,
        @JsonProperty("VpcLattice") VpcEncryptionControlExclusion vpcLattice,
        @JsonProperty("ElasticFileSystem") VpcEncryptionControlExclusion elasticFileSystem) {
}
