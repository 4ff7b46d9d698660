// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpcEndpointAssociation(
        @JsonProperty("Id") String id,
        @JsonProperty("VpcEndpointId") String vpcEndpointId,
        @JsonProperty("ServiceNetworkArn") String serviceNetworkArn,
        @JsonProperty("ServiceNetworkName") String serviceNetworkName,
        @JsonProperty("AssociatedResourceAccessibility") String associatedResourceAccessibility,
        @JsonProperty("FailureReason") String failureReason,
        @JsonProperty("FailureCode") String failureCode,
        @JsonProperty("DnsEntry") DnsEntry dnsEntry,
        @JsonProperty("PrivateDnsEntry") DnsEntry privateDnsEntry,
        @JsonProperty("AssociatedResourceArn") String associatedResourceArn,
        @JsonProperty("ResourceConfigurationGroupArn") String resourceConfigurationGroupArn,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
