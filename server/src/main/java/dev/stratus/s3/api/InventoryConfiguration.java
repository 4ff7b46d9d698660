// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryConfiguration(
        @JsonProperty("Destination") InventoryDestination destination,
        @JsonProperty("IsEnabled") Boolean isEnabled,
        @JsonProperty("Filter") InventoryFilter filter,
        @JsonProperty("Id") String id,
        @JsonProperty("IncludedObjectVersions") String includedObjectVersions,
        @JsonProperty("OptionalFields") java.util.List<String> optionalFields,
        @JsonProperty("Schedule") InventorySchedule schedule) {
}
