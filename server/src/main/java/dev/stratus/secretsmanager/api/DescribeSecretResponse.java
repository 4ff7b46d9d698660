// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeSecretResponse(
        @JsonProperty("ARN") String arn,
        @JsonProperty("Name") String name,
        @JsonProperty("Type") String type,
        @JsonProperty("Description") String description,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("RotationEnabled") Boolean rotationEnabled,
        @JsonProperty("RotationLambdaARN") String rotationLambdaARN,
        @JsonProperty("RotationRules") RotationRulesType rotationRules,
        @JsonProperty("ExternalSecretRotationMetadata") java.util.List<ExternalSecretRotationMetadataItem> externalSecretRotationMetadata,
        @JsonProperty("ExternalSecretRotationRoleArn") String externalSecretRotationRoleArn,
        @JsonProperty("LastRotatedDate") java.time.Instant lastRotatedDate,
        @JsonProperty("LastChangedDate") java.time.Instant lastChangedDate,
        @JsonProperty("LastAccessedDate") java.time.Instant lastAccessedDate,
        @JsonProperty("DeletedDate") java.time.Instant deletedDate,
        @JsonProperty("NextRotationDate") java.time.Instant nextRotationDate,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("VersionIdsToStages") java.util.Map<String, java.util.List<String>> versionIdsToStages,
        @JsonProperty("OwningService") String owningService,
        @JsonProperty("CreatedDate") java.time.Instant createdDate,
        @JsonProperty("PrimaryRegion") String primaryRegion,
        @JsonProperty("ReplicationStatus") java.util.List<ReplicationStatusType> replicationStatus) {
}
