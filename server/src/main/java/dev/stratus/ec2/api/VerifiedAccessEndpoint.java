// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifiedAccessEndpoint(
        @JsonProperty("VerifiedAccessInstanceId") String verifiedAccessInstanceId,
        @JsonProperty("VerifiedAccessGroupId") String verifiedAccessGroupId,
        @JsonProperty("VerifiedAccessEndpointId") String verifiedAccessEndpointId,
        @JsonProperty("ApplicationDomain") String applicationDomain,
        @JsonProperty("EndpointType") String endpointType,
        @JsonProperty("AttachmentType") String attachmentType,
        @JsonProperty("DomainCertificateArn") String domainCertificateArn,
        @JsonProperty("EndpointDomain") String endpointDomain,
        @JsonProperty("DeviceValidationDomain") String deviceValidationDomain,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("LoadBalancerOptions") VerifiedAccessEndpointLoadBalancerOptions loadBalancerOptions,
        @JsonProperty("NetworkInterfaceOptions") VerifiedAccessEndpointEniOptions networkInterfaceOptions,
        @JsonProperty("Status") VerifiedAccessEndpointStatus status,
        @JsonProperty("Description") String description,
        @JsonProperty("CreationTime") String creationTime,
        @JsonProperty("LastUpdatedTime") String lastUpdatedTime,
        @JsonProperty("DeletionTime") String deletionTime,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("SseSpecification") VerifiedAccessSseSpecificationResponse sseSpecification,
        @JsonProperty("RdsOptions") VerifiedAccessEndpointRdsOptions rdsOptions,
        @JsonProperty("CidrOptions") VerifiedAccessEndpointCidrOptions cidrOptions) {
}
