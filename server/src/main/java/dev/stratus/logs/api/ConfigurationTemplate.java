// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigurationTemplate(
        @JsonProperty("service") String service,
        @JsonProperty("logType") String logType,
        @JsonProperty("resourceType") String resourceType,
        @JsonProperty("deliveryDestinationType") String deliveryDestinationType,
        @JsonProperty("defaultDeliveryConfigValues") ConfigurationTemplateDeliveryConfigValues defaultDeliveryConfigValues,
        @JsonProperty("allowedFields") java.util.List<RecordField> allowedFields,
        @JsonProperty("allowedOutputFormats") java.util.List<String> allowedOutputFormats,
        @JsonProperty("allowedActionForAllowVendedLogsDeliveryForResource") String allowedActionForAllowVendedLogsDeliveryForResource,
        @JsonProperty("allowedFieldDelimiters") java.util.List<String> allowedFieldDelimiters,
        @JsonProperty("allowedSuffixPathFields") java.util.List<String> allowedSuffixPathFields,
        @JsonProperty("deliverySourceConfiguration") java.util.List<DeliverySourceConfigurationSchema> deliverySourceConfiguration,
        @JsonProperty("s3TablesIntegration") S3TablesIntegration s3TablesIntegration) {
}
