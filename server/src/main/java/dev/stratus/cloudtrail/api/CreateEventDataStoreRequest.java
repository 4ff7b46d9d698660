// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateEventDataStoreRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("AdvancedEventSelectors") java.util.List<AdvancedEventSelector> advancedEventSelectors,
        @JsonProperty("MultiRegionEnabled") Boolean multiRegionEnabled,
        @JsonProperty("OrganizationEnabled") Boolean organizationEnabled,
        @JsonProperty("RetentionPeriod") Integer retentionPeriod,
        @JsonProperty("TerminationProtectionEnabled") Boolean terminationProtectionEnabled,
        @JsonProperty("TagsList") java.util.List<Tag> tagsList,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("StartIngestion") Boolean startIngestion,
        @JsonProperty("BillingMode") String billingMode) {
}
