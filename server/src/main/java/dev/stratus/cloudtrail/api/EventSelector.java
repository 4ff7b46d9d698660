// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventSelector(
        @JsonProperty("ReadWriteType") String readWriteType,
        @JsonProperty("IncludeManagementEvents") Boolean includeManagementEvents,
        @JsonProperty("DataResources") java.util.List<DataResource> dataResources,
        @JsonProperty("ExcludeManagementEventSources") java.util.List<String> excludeManagementEventSources) {
}
