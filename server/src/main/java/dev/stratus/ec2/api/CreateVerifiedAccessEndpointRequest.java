// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVerifiedAccessEndpointRequest(
        @JsonProperty("VerifiedAccessGroupId") String verifiedAccessGroupId,
        @JsonProperty("EndpointType") String endpointType,
        @JsonProperty("AttachmentType") String attachmentType,
        @JsonProperty("DomainCertificateArn") String domainCertificateArn,
        @JsonProperty("ApplicationDomain") String applicationDomain,
        @JsonProperty("EndpointDomainPrefix") String endpointDomainPrefix,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("LoadBalancerOptions") CreateVerifiedAccessEndpointLoadBalancerOptions loadBalancerOptions,
        @JsonProperty("NetworkInterfaceOptions") CreateVerifiedAccessEndpointEniOptions networkInterfaceOptions,
        @JsonProperty("Description") String description,
        @JsonProperty("PolicyDocument") String policyDocument,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("SseSpecification") VerifiedAccessSseSpecificationRequest sseSpecification,
        @JsonProperty("RdsOptions") CreateVerifiedAccessEndpointRdsOptions rdsOptions,
        @JsonProperty("CidrOptions") CreateVerifiedAccessEndpointCidrOptions cidrOptions) {
}
