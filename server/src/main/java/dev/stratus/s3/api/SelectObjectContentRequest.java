// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelectObjectContentRequest(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Key") String key,
        @JsonProperty("SSECustomerAlgorithm") String sseCustomerAlgorithm,
        @JsonProperty("SSECustomerKey") String sseCustomerKey,
        @JsonProperty("SSECustomerKeyMD5") String sseCustomerKeyMD5,
        @JsonProperty("Expression") String expression,
        @JsonProperty("ExpressionType") String expressionType,
        @JsonProperty("RequestProgress") RequestProgress requestProgress,
        @JsonProperty("InputSerialization") InputSerialization inputSerialization,
        @JsonProperty("OutputSerialization") OutputSerialization outputSerialization,
        @JsonProperty("ScanRange") ScanRange scanRange,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner) {
}
