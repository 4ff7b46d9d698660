// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageAttributeValue(
        @JsonProperty("StringValue") String stringValue,
        @JsonProperty("BinaryValue") byte[] binaryValue,
        @JsonProperty("StringListValues") java.util.List<String> stringListValues,
        @JsonProperty("BinaryListValues") java.util.List<byte[]> binaryListValues,
        @JsonProperty("DataType") String dataType) {
}
