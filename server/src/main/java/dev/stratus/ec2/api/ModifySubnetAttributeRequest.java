// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifySubnetAttributeRequest(
        @JsonProperty("AssignIpv6AddressOnCreation") AttributeBooleanValue assignIpv6AddressOnCreation,
        @JsonProperty("MapPublicIpOnLaunch") AttributeBooleanValue mapPublicIpOnLaunch,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("MapCustomerOwnedIpOnLaunch") AttributeBooleanValue mapCustomerOwnedIpOnLaunch,
        @JsonProperty("CustomerOwnedIpv4Pool") String customerOwnedIpv4Pool,
        @JsonProperty("EnableDns64") AttributeBooleanValue enableDns64,
        @JsonProperty("PrivateDnsHostnameTypeOnLaunch") String privateDnsHostnameTypeOnLaunch,
        @JsonProperty("EnableResourceNameDnsARecordOnLaunch") AttributeBooleanValue enableResourceNameDnsARecordOnLaunch,
        @JsonProperty("EnableResourceNameDnsAAAARecordOnLaunch") AttributeBooleanValue enableResourceNameDnsAAAARecordOnLaunch,
        @JsonProperty("EnableLniAtDeviceIndex") Integer enableLniAtDeviceIndex,
        @JsonProperty("DisableLniAtDeviceIndex") AttributeBooleanValue disableLniAtDeviceIndex) {
}
