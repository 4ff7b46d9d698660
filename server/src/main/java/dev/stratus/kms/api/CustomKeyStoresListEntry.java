// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomKeyStoresListEntry(
        @JsonProperty("CustomKeyStoreId") String customKeyStoreId,
        @JsonProperty("CustomKeyStoreName") String customKeyStoreName,
        @JsonProperty("CloudHsmClusterId") String cloudHsmClusterId,
        @JsonProperty("TrustAnchorCertificate") String trustAnchorCertificate,
        @JsonProperty("ConnectionState") String connectionState,
        @JsonProperty("ConnectionErrorCode") String connectionErrorCode,
        @JsonProperty("CreationDate") java.time.Instant creationDate,
        @JsonProperty("CustomKeyStoreType") String customKeyStoreType,
        @JsonProperty("XksProxyConfiguration") XksProxyConfigurationType xksProxyConfiguration) {
}
