// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EbsInfo(
        @JsonProperty("EbsOptimizedSupport") String ebsOptimizedSupport,
        @JsonProperty("EncryptionSupport") String encryptionSupport,
        @JsonProperty("EbsOptimizedInfo") EbsOptimizedInfo ebsOptimizedInfo,
        @JsonProperty("NvmeSupport") String nvmeSupport,
        @JsonProperty("MaximumEbsAttachments") Integer maximumEbsAttachments,
        @JsonProperty("AttachmentLimitType") String attachmentLimitType,
        @JsonProperty("MaximumEbsCards") Integer maximumEbsCards,
        @JsonProperty("EbsCards") java.util.List<EbsCardInfo> ebsCards) {
}
