// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManagedPolicyDetail(
        @JsonProperty("PolicyName") String policyName,
        @JsonProperty("PolicyId") String policyId,
        @JsonProperty("Arn") String arn,
        @JsonProperty("Path") String path,
        @JsonProperty("DefaultVersionId") String defaultVersionId,
        @JsonProperty("AttachmentCount") Integer attachmentCount,
        @JsonProperty("PermissionsBoundaryUsageCount") Integer permissionsBoundaryUsageCount,
        @JsonProperty("IsAttachable") Boolean isAttachable,
        @JsonProperty("Description") String description,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("UpdateDate") java.time.Instant updateDate,
        @JsonProperty("PolicyVersionList") java.util.List<PolicyVersion> policyVersionList) {
}
