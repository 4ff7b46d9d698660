// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateEventDataStoreRequest(
        @JsonProperty("EventDataStore") String eventDataStore,
        @JsonProperty("Name") String name,
        @JsonProperty("AdvancedEventSelectors") java.util.List<AdvancedEventSelector> advancedEventSelectors,
        @JsonProperty("MultiRegionEnabled") Boolean multiRegionEnabled,
        @JsonProperty("OrganizationEnabled") Boolean organizationEnabled,
        @JsonProperty("RetentionPeriod") Integer retentionPeriod,
        @JsonProperty("TerminationProtectionEnabled") Boolean terminationProtectionEnabled,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("BillingMode") String billingMode) {
}
