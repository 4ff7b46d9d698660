// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageMetadata(
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("Name") String name,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("State") String state,
        @JsonProperty("ImageOwnerAlias") String imageOwnerAlias,
        @JsonProperty("CreationDate") String creationDate,
        @JsonProperty("DeprecationTime") String deprecationTime,
        @JsonProperty("ImageAllowed") Boolean imageAllowed,
        @JsonProperty("IsPublic") Boolean isPublic) {
}
