// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifiedAccessGroup(
        @JsonProperty("VerifiedAccessGroupId") String verifiedAccessGroupId,
        @JsonProperty("VerifiedAccessInstanceId") String verifiedAccessInstanceId,
        @JsonProperty("Description") String description,
        @JsonProperty("Owner") String owner,
        @JsonProperty("VerifiedAccessGroupArn") String verifiedAccessGroupArn,
        @JsonProperty("CreationTime") String creationTime,
        @JsonProperty("LastUpdatedTime") String lastUpdatedTime,
        @JsonProperty("DeletionTime") String deletionTime,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("SseSpecification") VerifiedAccessSseSpecificationResponse sseSpecification) {
}
