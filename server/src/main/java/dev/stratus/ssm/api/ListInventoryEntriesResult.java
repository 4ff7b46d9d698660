// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListInventoryEntriesResult(
        @JsonProperty("TypeName") String typeName,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("SchemaVersion") String schemaVersion,
        @JsonProperty("CaptureTime") String captureTime,
        @JsonProperty("Entries") java.util.List<java.util.Map<String, String>> entries,
        @JsonProperty("NextToken") String nextToken) {
}
