// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifiedAccessInstance(
        @JsonProperty("VerifiedAccessInstanceId") String verifiedAccessInstanceId,
        @JsonProperty("Description") String description,
        @JsonProperty("VerifiedAccessTrustProviders") java.util.List<VerifiedAccessTrustProviderCondensed> verifiedAccessTrustProviders,
        @JsonProperty("CreationTime") String creationTime,
        @JsonProperty("LastUpdatedTime") String lastUpdatedTime,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("FipsEnabled") Boolean fipsEnabled,
        @JsonProperty("CidrEndpointsCustomSubDomain") VerifiedAccessInstanceCustomSubDomain cidrEndpointsCustomSubDomain) {
}
