// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkInfo(
        @JsonProperty("NetworkPerformance") String networkPerformance,
        @JsonProperty("MaximumNetworkInterfaces") Integer maximumNetworkInterfaces,
        @JsonProperty("MaximumNetworkCards") Integer maximumNetworkCards,
        @JsonProperty("DefaultNetworkCardIndex") Integer defaultNetworkCardIndex,
        @JsonProperty("NetworkCards") java.util.List<NetworkCardInfo> networkCards,
        @JsonProperty("Ipv4AddressesPerInterface") Integer ipv4AddressesPerInterface,
        @JsonProperty("Ipv6AddressesPerInterface") Integer ipv6AddressesPerInterface,
        @JsonProperty("Ipv6Supported") Boolean ipv6Supported,
        @JsonProperty("EnaSupport") String enaSupport,
        @JsonProperty("EfaSupported") Boolean efaSupported,
        @JsonProperty("EfaInfo") EfaInfo efaInfo,
        @JsonProperty("EncryptionInTransitSupported") Boolean encryptionInTransitSupported,
        @JsonProperty("EnaSrdSupported") Boolean enaSrdSupported,
        @JsonProperty("BandwidthWeightings") java.util.List<String> bandwidthWeightings,
        @JsonProperty("FlexibleEnaQueuesSupport") String flexibleEnaQueuesSupport,
        @JsonProperty("ConnectionTrackingConfiguration") DefaultConnectionTrackingConfiguration connectionTrackingConfiguration,
        @JsonProperty("SecondaryNetworkSupported") Boolean secondaryNetworkSupported,
        @JsonProperty("MaximumSecondaryNetworkInterfaces") Integer maximumSecondaryNetworkInterfaces,
        @JsonProperty("Ipv4AddressesPerSecondaryInterface") Integer ipv4AddressesPerSecondaryInterface) {
}
