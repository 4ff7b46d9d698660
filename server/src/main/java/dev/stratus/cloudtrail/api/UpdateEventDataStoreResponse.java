// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateEventDataStoreResponse(
        @JsonProperty("EventDataStoreArn") String eventDataStoreArn,
        @JsonProperty("Name") String name,
        @JsonProperty("Status") String status,
        @JsonProperty("AdvancedEventSelectors") java.util.List<AdvancedEventSelector> advancedEventSelectors,
        @JsonProperty("MultiRegionEnabled") Boolean multiRegionEnabled,
        @JsonProperty("OrganizationEnabled") Boolean organizationEnabled,
        @JsonProperty("RetentionPeriod") Integer retentionPeriod,
        @JsonProperty("TerminationProtectionEnabled") Boolean terminationProtectionEnabled,
        @JsonProperty("CreatedTimestamp") java.time.Instant createdTimestamp,
        @JsonProperty("UpdatedTimestamp") java.time.Instant updatedTimestamp,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("BillingMode") String billingMode,
        @JsonProperty("FederationStatus") String federationStatus,
        @JsonProperty("FederationRoleArn") String federationRoleArn) {
}
