// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryItem(
        @JsonProperty("TypeName") String typeName,
        @JsonProperty("SchemaVersion") String schemaVersion,
        @JsonProperty("CaptureTime") String captureTime,
        @JsonProperty("ContentHash") String contentHash,
        @JsonProperty("Content") java.util.List<java.util.Map<String, String>> content,
        @JsonProperty("Context") java.util.Map<String, String> context) {
}
