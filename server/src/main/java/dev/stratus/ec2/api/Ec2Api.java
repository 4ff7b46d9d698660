// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of ec2, one method each; those a service does not override answer 501. */
public interface Ec2Api {

    default AcceptAddressTransferResult acceptAddressTransfer(RequestContext context, AcceptAddressTransferRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AcceptCapacityReservationBillingOwnershipResult acceptCapacityReservationBillingOwnership(RequestContext context, AcceptCapacityReservationBillingOwnershipRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AcceptReservedInstancesExchangeQuoteResult acceptReservedInstancesExchangeQuote(RequestContext context, AcceptReservedInstancesExchangeQuoteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AcceptTransitGatewayClientVpnAttachmentResult acceptTransitGatewayClientVpnAttachment(RequestContext context, AcceptTransitGatewayClientVpnAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AcceptTransitGatewayMulticastDomainAssociationsResult acceptTransitGatewayMulticastDomainAssociations(RequestContext context, AcceptTransitGatewayMulticastDomainAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AcceptTransitGatewayPeeringAttachmentResult acceptTransitGatewayPeeringAttachment(RequestContext context, AcceptTransitGatewayPeeringAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AcceptTransitGatewayVpcAttachmentResult acceptTransitGatewayVpcAttachment(RequestContext context, AcceptTransitGatewayVpcAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AcceptVpcEndpointConnectionsResult acceptVpcEndpointConnections(RequestContext context, AcceptVpcEndpointConnectionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AcceptVpcPeeringConnectionResult acceptVpcPeeringConnection(RequestContext context, AcceptVpcPeeringConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AdvertiseByoipCidrResult advertiseByoipCidr(RequestContext context, AdvertiseByoipCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AllocateAddressResult allocateAddress(RequestContext context, AllocateAddressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AllocateHostsResult allocateHosts(RequestContext context, AllocateHostsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AllocateIpamPoolCidrResult allocateIpamPoolCidr(RequestContext context, AllocateIpamPoolCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ApplySecurityGroupsToClientVpnTargetNetworkResult applySecurityGroupsToClientVpnTargetNetwork(RequestContext context, ApplySecurityGroupsToClientVpnTargetNetworkRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssignIpv6AddressesResult assignIpv6Addresses(RequestContext context, AssignIpv6AddressesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssignPrivateIpAddressesResult assignPrivateIpAddresses(RequestContext context, AssignPrivateIpAddressesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssignPrivateNatGatewayAddressResult assignPrivateNatGatewayAddress(RequestContext context, AssignPrivateNatGatewayAddressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateAddressResult associateAddress(RequestContext context, AssociateAddressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateCapacityReservationBillingOwnerResult associateCapacityReservationBillingOwner(RequestContext context, AssociateCapacityReservationBillingOwnerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateClientVpnTargetNetworkResult associateClientVpnTargetNetwork(RequestContext context, AssociateClientVpnTargetNetworkRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void associateDhcpOptions(RequestContext context, AssociateDhcpOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateEnclaveCertificateIamRoleResult associateEnclaveCertificateIamRole(RequestContext context, AssociateEnclaveCertificateIamRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateIamInstanceProfileResult associateIamInstanceProfile(RequestContext context, AssociateIamInstanceProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateInstanceEventWindowResult associateInstanceEventWindow(RequestContext context, AssociateInstanceEventWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateIpamByoasnResult associateIpamByoasn(RequestContext context, AssociateIpamByoasnRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateIpamResourceDiscoveryResult associateIpamResourceDiscovery(RequestContext context, AssociateIpamResourceDiscoveryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateNatGatewayAddressResult associateNatGatewayAddress(RequestContext context, AssociateNatGatewayAddressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateRouteServerResult associateRouteServer(RequestContext context, AssociateRouteServerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateRouteTableResult associateRouteTable(RequestContext context, AssociateRouteTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateSecurityGroupVpcResult associateSecurityGroupVpc(RequestContext context, AssociateSecurityGroupVpcRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateSubnetCidrBlockResult associateSubnetCidrBlock(RequestContext context, AssociateSubnetCidrBlockRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateTransitGatewayMulticastDomainResult associateTransitGatewayMulticastDomain(RequestContext context, AssociateTransitGatewayMulticastDomainRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateTransitGatewayPolicyTableResult associateTransitGatewayPolicyTable(RequestContext context, AssociateTransitGatewayPolicyTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateTransitGatewayRouteTableResult associateTransitGatewayRouteTable(RequestContext context, AssociateTransitGatewayRouteTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateTrunkInterfaceResult associateTrunkInterface(RequestContext context, AssociateTrunkInterfaceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateVpcCidrBlockResult associateVpcCidrBlock(RequestContext context, AssociateVpcCidrBlockRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AttachClassicLinkVpcResult attachClassicLinkVpc(RequestContext context, AttachClassicLinkVpcRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void attachInternetGateway(RequestContext context, AttachInternetGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AttachNetworkInterfaceResult attachNetworkInterface(RequestContext context, AttachNetworkInterfaceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AttachVerifiedAccessTrustProviderResult attachVerifiedAccessTrustProvider(RequestContext context, AttachVerifiedAccessTrustProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default VolumeAttachment attachVolume(RequestContext context, AttachVolumeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AttachVpnGatewayResult attachVpnGateway(RequestContext context, AttachVpnGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AuthorizeClientVpnIngressResult authorizeClientVpnIngress(RequestContext context, AuthorizeClientVpnIngressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AuthorizeSecurityGroupEgressResult authorizeSecurityGroupEgress(RequestContext context, AuthorizeSecurityGroupEgressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AuthorizeSecurityGroupIngressResult authorizeSecurityGroupIngress(RequestContext context, AuthorizeSecurityGroupIngressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default BundleInstanceResult bundleInstance(RequestContext context, BundleInstanceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelBundleTaskResult cancelBundleTask(RequestContext context, CancelBundleTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelCapacityReservationResult cancelCapacityReservation(RequestContext context, CancelCapacityReservationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelCapacityReservationFleetsResult cancelCapacityReservationFleets(RequestContext context, CancelCapacityReservationFleetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void cancelConversionTask(RequestContext context, CancelConversionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelDeclarativePoliciesReportResult cancelDeclarativePoliciesReport(RequestContext context, CancelDeclarativePoliciesReportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void cancelExportTask(RequestContext context, CancelExportTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelImageLaunchPermissionResult cancelImageLaunchPermission(RequestContext context, CancelImageLaunchPermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelImportTaskResult cancelImportTask(RequestContext context, CancelImportTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelReservedInstancesListingResult cancelReservedInstancesListing(RequestContext context, CancelReservedInstancesListingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelSpotFleetRequestsResponse cancelSpotFleetRequests(RequestContext context, CancelSpotFleetRequestsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelSpotInstanceRequestsResult cancelSpotInstanceRequests(RequestContext context, CancelSpotInstanceRequestsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ConfirmProductInstanceResult confirmProductInstance(RequestContext context, ConfirmProductInstanceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CopyFpgaImageResult copyFpgaImage(RequestContext context, CopyFpgaImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CopyImageResult copyImage(RequestContext context, CopyImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CopySnapshotResult copySnapshot(RequestContext context, CopySnapshotRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CopyVolumesResult copyVolumes(RequestContext context, CopyVolumesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCapacityManagerDataExportResult createCapacityManagerDataExport(RequestContext context, CreateCapacityManagerDataExportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCapacityReservationResult createCapacityReservation(RequestContext context, CreateCapacityReservationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCapacityReservationBySplittingResult createCapacityReservationBySplitting(RequestContext context, CreateCapacityReservationBySplittingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCapacityReservationFleetResult createCapacityReservationFleet(RequestContext context, CreateCapacityReservationFleetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCarrierGatewayResult createCarrierGateway(RequestContext context, CreateCarrierGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateClientVpnEndpointResult createClientVpnEndpoint(RequestContext context, CreateClientVpnEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateClientVpnRouteResult createClientVpnRoute(RequestContext context, CreateClientVpnRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCoipCidrResult createCoipCidr(RequestContext context, CreateCoipCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCoipPoolResult createCoipPool(RequestContext context, CreateCoipPoolRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCustomerGatewayResult createCustomerGateway(RequestContext context, CreateCustomerGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateDefaultSubnetResult createDefaultSubnet(RequestContext context, CreateDefaultSubnetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateDefaultVpcResult createDefaultVpc(RequestContext context, CreateDefaultVpcRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateDelegateMacVolumeOwnershipTaskResult createDelegateMacVolumeOwnershipTask(RequestContext context, CreateDelegateMacVolumeOwnershipTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateDhcpOptionsResult createDhcpOptions(RequestContext context, CreateDhcpOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateEgressOnlyInternetGatewayResult createEgressOnlyInternetGateway(RequestContext context, CreateEgressOnlyInternetGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateFleetResult createFleet(RequestContext context, CreateFleetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateFlowLogsResult createFlowLogs(RequestContext context, CreateFlowLogsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateFpgaImageResult createFpgaImage(RequestContext context, CreateFpgaImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateImageResult createImage(RequestContext context, CreateImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateImageUsageReportResult createImageUsageReport(RequestContext context, CreateImageUsageReportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateInstanceConnectEndpointResult createInstanceConnectEndpoint(RequestContext context, CreateInstanceConnectEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateInstanceEventWindowResult createInstanceEventWindow(RequestContext context, CreateInstanceEventWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateInstanceExportTaskResult createInstanceExportTask(RequestContext context, CreateInstanceExportTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateInternetGatewayResult createInternetGateway(RequestContext context, CreateInternetGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateInterruptibleCapacityReservationAllocationResult createInterruptibleCapacityReservationAllocation(RequestContext context, CreateInterruptibleCapacityReservationAllocationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateIpamResult createIpam(RequestContext context, CreateIpamRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateIpamExternalResourceVerificationTokenResult createIpamExternalResourceVerificationToken(RequestContext context, CreateIpamExternalResourceVerificationTokenRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateIpamPolicyResult createIpamPolicy(RequestContext context, CreateIpamPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateIpamPoolResult createIpamPool(RequestContext context, CreateIpamPoolRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateIpamPrefixListResolverResult createIpamPrefixListResolver(RequestContext context, CreateIpamPrefixListResolverRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateIpamPrefixListResolverTargetResult createIpamPrefixListResolverTarget(RequestContext context, CreateIpamPrefixListResolverTargetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateIpamResourceDiscoveryResult createIpamResourceDiscovery(RequestContext context, CreateIpamResourceDiscoveryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateIpamScopeResult createIpamScope(RequestContext context, CreateIpamScopeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default KeyPair createKeyPair(RequestContext context, CreateKeyPairRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLaunchTemplateResult createLaunchTemplate(RequestContext context, CreateLaunchTemplateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLaunchTemplateVersionResult createLaunchTemplateVersion(RequestContext context, CreateLaunchTemplateVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLocalGatewayRouteResult createLocalGatewayRoute(RequestContext context, CreateLocalGatewayRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLocalGatewayRouteTableResult createLocalGatewayRouteTable(RequestContext context, CreateLocalGatewayRouteTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationResult createLocalGatewayRouteTableVirtualInterfaceGroupAssociation(RequestContext context, CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLocalGatewayRouteTableVpcAssociationResult createLocalGatewayRouteTableVpcAssociation(RequestContext context, CreateLocalGatewayRouteTableVpcAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLocalGatewayVirtualInterfaceResult createLocalGatewayVirtualInterface(RequestContext context, CreateLocalGatewayVirtualInterfaceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLocalGatewayVirtualInterfaceGroupResult createLocalGatewayVirtualInterfaceGroup(RequestContext context, CreateLocalGatewayVirtualInterfaceGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateMacSystemIntegrityProtectionModificationTaskResult createMacSystemIntegrityProtectionModificationTask(RequestContext context, CreateMacSystemIntegrityProtectionModificationTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateManagedPrefixListResult createManagedPrefixList(RequestContext context, CreateManagedPrefixListRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateNatGatewayResult createNatGateway(RequestContext context, CreateNatGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateNetworkAclResult createNetworkAcl(RequestContext context, CreateNetworkAclRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void createNetworkAclEntry(RequestContext context, CreateNetworkAclEntryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateNetworkInsightsAccessScopeResult createNetworkInsightsAccessScope(RequestContext context, CreateNetworkInsightsAccessScopeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateNetworkInsightsPathResult createNetworkInsightsPath(RequestContext context, CreateNetworkInsightsPathRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateNetworkInterfaceResult createNetworkInterface(RequestContext context, CreateNetworkInterfaceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateNetworkInterfacePermissionResult createNetworkInterfacePermission(RequestContext context, CreateNetworkInterfacePermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreatePlacementGroupResult createPlacementGroup(RequestContext context, CreatePlacementGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreatePublicIpv4PoolResult createPublicIpv4Pool(RequestContext context, CreatePublicIpv4PoolRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateReplaceRootVolumeTaskResult createReplaceRootVolumeTask(RequestContext context, CreateReplaceRootVolumeTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateReservedInstancesListingResult createReservedInstancesListing(RequestContext context, CreateReservedInstancesListingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateRestoreImageTaskResult createRestoreImageTask(RequestContext context, CreateRestoreImageTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateRouteResult createRoute(RequestContext context, CreateRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateRouteServerResult createRouteServer(RequestContext context, CreateRouteServerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateRouteServerEndpointResult createRouteServerEndpoint(RequestContext context, CreateRouteServerEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateRouteServerPeerResult createRouteServerPeer(RequestContext context, CreateRouteServerPeerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateRouteTableResult createRouteTable(RequestContext context, CreateRouteTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSecondaryNetworkResult createSecondaryNetwork(RequestContext context, CreateSecondaryNetworkRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSecondarySubnetResult createSecondarySubnet(RequestContext context, CreateSecondarySubnetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSecurityGroupResult createSecurityGroup(RequestContext context, CreateSecurityGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default Snapshot createSnapshot(RequestContext context, CreateSnapshotRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSnapshotsResult createSnapshots(RequestContext context, CreateSnapshotsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSpotDatafeedSubscriptionResult createSpotDatafeedSubscription(RequestContext context, CreateSpotDatafeedSubscriptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateStoreImageTaskResult createStoreImageTask(RequestContext context, CreateStoreImageTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSubnetResult createSubnet(RequestContext context, CreateSubnetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSubnetCidrReservationResult createSubnetCidrReservation(RequestContext context, CreateSubnetCidrReservationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void createTags(RequestContext context, CreateTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTrafficMirrorFilterResult createTrafficMirrorFilter(RequestContext context, CreateTrafficMirrorFilterRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTrafficMirrorFilterRuleResult createTrafficMirrorFilterRule(RequestContext context, CreateTrafficMirrorFilterRuleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTrafficMirrorSessionResult createTrafficMirrorSession(RequestContext context, CreateTrafficMirrorSessionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTrafficMirrorTargetResult createTrafficMirrorTarget(RequestContext context, CreateTrafficMirrorTargetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayResult createTransitGateway(RequestContext context, CreateTransitGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayConnectResult createTransitGatewayConnect(RequestContext context, CreateTransitGatewayConnectRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayConnectPeerResult createTransitGatewayConnectPeer(RequestContext context, CreateTransitGatewayConnectPeerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayMeteringPolicyResult createTransitGatewayMeteringPolicy(RequestContext context, CreateTransitGatewayMeteringPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayMeteringPolicyEntryResult createTransitGatewayMeteringPolicyEntry(RequestContext context, CreateTransitGatewayMeteringPolicyEntryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayMulticastDomainResult createTransitGatewayMulticastDomain(RequestContext context, CreateTransitGatewayMulticastDomainRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayPeeringAttachmentResult createTransitGatewayPeeringAttachment(RequestContext context, CreateTransitGatewayPeeringAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayPolicyTableResult createTransitGatewayPolicyTable(RequestContext context, CreateTransitGatewayPolicyTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayPrefixListReferenceResult createTransitGatewayPrefixListReference(RequestContext context, CreateTransitGatewayPrefixListReferenceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayRouteResult createTransitGatewayRoute(RequestContext context, CreateTransitGatewayRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayRouteTableResult createTransitGatewayRouteTable(RequestContext context, CreateTransitGatewayRouteTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayRouteTableAnnouncementResult createTransitGatewayRouteTableAnnouncement(RequestContext context, CreateTransitGatewayRouteTableAnnouncementRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTransitGatewayVpcAttachmentResult createTransitGatewayVpcAttachment(RequestContext context, CreateTransitGatewayVpcAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVerifiedAccessEndpointResult createVerifiedAccessEndpoint(RequestContext context, CreateVerifiedAccessEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVerifiedAccessGroupResult createVerifiedAccessGroup(RequestContext context, CreateVerifiedAccessGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVerifiedAccessInstanceResult createVerifiedAccessInstance(RequestContext context, CreateVerifiedAccessInstanceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVerifiedAccessTrustProviderResult createVerifiedAccessTrustProvider(RequestContext context, CreateVerifiedAccessTrustProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default Volume createVolume(RequestContext context, CreateVolumeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVpcResult createVpc(RequestContext context, CreateVpcRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVpcBlockPublicAccessExclusionResult createVpcBlockPublicAccessExclusion(RequestContext context, CreateVpcBlockPublicAccessExclusionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVpcEncryptionControlResult createVpcEncryptionControl(RequestContext context, CreateVpcEncryptionControlRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVpcEndpointResult createVpcEndpoint(RequestContext context, CreateVpcEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVpcEndpointConnectionNotificationResult createVpcEndpointConnectionNotification(RequestContext context, CreateVpcEndpointConnectionNotificationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVpcEndpointServiceConfigurationResult createVpcEndpointServiceConfiguration(RequestContext context, CreateVpcEndpointServiceConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVpcPeeringConnectionResult createVpcPeeringConnection(RequestContext context, CreateVpcPeeringConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVpnConcentratorResult createVpnConcentrator(RequestContext context, CreateVpnConcentratorRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVpnConnectionResult createVpnConnection(RequestContext context, CreateVpnConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void createVpnConnectionRoute(RequestContext context, CreateVpnConnectionRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVpnGatewayResult createVpnGateway(RequestContext context, CreateVpnGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteCapacityManagerDataExportResult deleteCapacityManagerDataExport(RequestContext context, DeleteCapacityManagerDataExportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteCarrierGatewayResult deleteCarrierGateway(RequestContext context, DeleteCarrierGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteClientVpnEndpointResult deleteClientVpnEndpoint(RequestContext context, DeleteClientVpnEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteClientVpnRouteResult deleteClientVpnRoute(RequestContext context, DeleteClientVpnRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteCoipCidrResult deleteCoipCidr(RequestContext context, DeleteCoipCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteCoipPoolResult deleteCoipPool(RequestContext context, DeleteCoipPoolRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteCustomerGateway(RequestContext context, DeleteCustomerGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteDhcpOptions(RequestContext context, DeleteDhcpOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteEgressOnlyInternetGatewayResult deleteEgressOnlyInternetGateway(RequestContext context, DeleteEgressOnlyInternetGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteFleetsResult deleteFleets(RequestContext context, DeleteFleetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteFlowLogsResult deleteFlowLogs(RequestContext context, DeleteFlowLogsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteFpgaImageResult deleteFpgaImage(RequestContext context, DeleteFpgaImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteImageUsageReportResult deleteImageUsageReport(RequestContext context, DeleteImageUsageReportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteInstanceConnectEndpointResult deleteInstanceConnectEndpoint(RequestContext context, DeleteInstanceConnectEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteInstanceEventWindowResult deleteInstanceEventWindow(RequestContext context, DeleteInstanceEventWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteInternetGateway(RequestContext context, DeleteInternetGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteIpamResult deleteIpam(RequestContext context, DeleteIpamRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteIpamExternalResourceVerificationTokenResult deleteIpamExternalResourceVerificationToken(RequestContext context, DeleteIpamExternalResourceVerificationTokenRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteIpamPolicyResult deleteIpamPolicy(RequestContext context, DeleteIpamPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteIpamPoolResult deleteIpamPool(RequestContext context, DeleteIpamPoolRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteIpamPrefixListResolverResult deleteIpamPrefixListResolver(RequestContext context, DeleteIpamPrefixListResolverRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteIpamPrefixListResolverTargetResult deleteIpamPrefixListResolverTarget(RequestContext context, DeleteIpamPrefixListResolverTargetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteIpamResourceDiscoveryResult deleteIpamResourceDiscovery(RequestContext context, DeleteIpamResourceDiscoveryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteIpamScopeResult deleteIpamScope(RequestContext context, DeleteIpamScopeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteKeyPairResult deleteKeyPair(RequestContext context, DeleteKeyPairRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteLaunchTemplateResult deleteLaunchTemplate(RequestContext context, DeleteLaunchTemplateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteLaunchTemplateVersionsResult deleteLaunchTemplateVersions(RequestContext context, DeleteLaunchTemplateVersionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteLocalGatewayRouteResult deleteLocalGatewayRoute(RequestContext context, DeleteLocalGatewayRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteLocalGatewayRouteTableResult deleteLocalGatewayRouteTable(RequestContext context, DeleteLocalGatewayRouteTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationResult deleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation(RequestContext context, DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteLocalGatewayRouteTableVpcAssociationResult deleteLocalGatewayRouteTableVpcAssociation(RequestContext context, DeleteLocalGatewayRouteTableVpcAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteLocalGatewayVirtualInterfaceResult deleteLocalGatewayVirtualInterface(RequestContext context, DeleteLocalGatewayVirtualInterfaceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteLocalGatewayVirtualInterfaceGroupResult deleteLocalGatewayVirtualInterfaceGroup(RequestContext context, DeleteLocalGatewayVirtualInterfaceGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteManagedPrefixListResult deleteManagedPrefixList(RequestContext context, DeleteManagedPrefixListRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteNatGatewayResult deleteNatGateway(RequestContext context, DeleteNatGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteNetworkAcl(RequestContext context, DeleteNetworkAclRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteNetworkAclEntry(RequestContext context, DeleteNetworkAclEntryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteNetworkInsightsAccessScopeResult deleteNetworkInsightsAccessScope(RequestContext context, DeleteNetworkInsightsAccessScopeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteNetworkInsightsAccessScopeAnalysisResult deleteNetworkInsightsAccessScopeAnalysis(RequestContext context, DeleteNetworkInsightsAccessScopeAnalysisRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteNetworkInsightsAnalysisResult deleteNetworkInsightsAnalysis(RequestContext context, DeleteNetworkInsightsAnalysisRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteNetworkInsightsPathResult deleteNetworkInsightsPath(RequestContext context, DeleteNetworkInsightsPathRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteNetworkInterface(RequestContext context, DeleteNetworkInterfaceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteNetworkInterfacePermissionResult deleteNetworkInterfacePermission(RequestContext context, DeleteNetworkInterfacePermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deletePlacementGroup(RequestContext context, DeletePlacementGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeletePublicIpv4PoolResult deletePublicIpv4Pool(RequestContext context, DeletePublicIpv4PoolRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteQueuedReservedInstancesResult deleteQueuedReservedInstances(RequestContext context, DeleteQueuedReservedInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteRoute(RequestContext context, DeleteRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteRouteServerResult deleteRouteServer(RequestContext context, DeleteRouteServerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteRouteServerEndpointResult deleteRouteServerEndpoint(RequestContext context, DeleteRouteServerEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteRouteServerPeerResult deleteRouteServerPeer(RequestContext context, DeleteRouteServerPeerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteRouteTable(RequestContext context, DeleteRouteTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteSecondaryNetworkResult deleteSecondaryNetwork(RequestContext context, DeleteSecondaryNetworkRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteSecondarySubnetResult deleteSecondarySubnet(RequestContext context, DeleteSecondarySubnetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteSecurityGroupResult deleteSecurityGroup(RequestContext context, DeleteSecurityGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteSnapshot(RequestContext context, DeleteSnapshotRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteSpotDatafeedSubscription(RequestContext context, DeleteSpotDatafeedSubscriptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteSubnet(RequestContext context, DeleteSubnetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteSubnetCidrReservationResult deleteSubnetCidrReservation(RequestContext context, DeleteSubnetCidrReservationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteTags(RequestContext context, DeleteTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTrafficMirrorFilterResult deleteTrafficMirrorFilter(RequestContext context, DeleteTrafficMirrorFilterRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTrafficMirrorFilterRuleResult deleteTrafficMirrorFilterRule(RequestContext context, DeleteTrafficMirrorFilterRuleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTrafficMirrorSessionResult deleteTrafficMirrorSession(RequestContext context, DeleteTrafficMirrorSessionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTrafficMirrorTargetResult deleteTrafficMirrorTarget(RequestContext context, DeleteTrafficMirrorTargetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayResult deleteTransitGateway(RequestContext context, DeleteTransitGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayClientVpnAttachmentResult deleteTransitGatewayClientVpnAttachment(RequestContext context, DeleteTransitGatewayClientVpnAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayConnectResult deleteTransitGatewayConnect(RequestContext context, DeleteTransitGatewayConnectRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayConnectPeerResult deleteTransitGatewayConnectPeer(RequestContext context, DeleteTransitGatewayConnectPeerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayMeteringPolicyResult deleteTransitGatewayMeteringPolicy(RequestContext context, DeleteTransitGatewayMeteringPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayMeteringPolicyEntryResult deleteTransitGatewayMeteringPolicyEntry(RequestContext context, DeleteTransitGatewayMeteringPolicyEntryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayMulticastDomainResult deleteTransitGatewayMulticastDomain(RequestContext context, DeleteTransitGatewayMulticastDomainRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayPeeringAttachmentResult deleteTransitGatewayPeeringAttachment(RequestContext context, DeleteTransitGatewayPeeringAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayPolicyTableResult deleteTransitGatewayPolicyTable(RequestContext context, DeleteTransitGatewayPolicyTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayPrefixListReferenceResult deleteTransitGatewayPrefixListReference(RequestContext context, DeleteTransitGatewayPrefixListReferenceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayRouteResult deleteTransitGatewayRoute(RequestContext context, DeleteTransitGatewayRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayRouteTableResult deleteTransitGatewayRouteTable(RequestContext context, DeleteTransitGatewayRouteTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayRouteTableAnnouncementResult deleteTransitGatewayRouteTableAnnouncement(RequestContext context, DeleteTransitGatewayRouteTableAnnouncementRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTransitGatewayVpcAttachmentResult deleteTransitGatewayVpcAttachment(RequestContext context, DeleteTransitGatewayVpcAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVerifiedAccessEndpointResult deleteVerifiedAccessEndpoint(RequestContext context, DeleteVerifiedAccessEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVerifiedAccessGroupResult deleteVerifiedAccessGroup(RequestContext context, DeleteVerifiedAccessGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVerifiedAccessInstanceResult deleteVerifiedAccessInstance(RequestContext context, DeleteVerifiedAccessInstanceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVerifiedAccessTrustProviderResult deleteVerifiedAccessTrustProvider(RequestContext context, DeleteVerifiedAccessTrustProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteVolume(RequestContext context, DeleteVolumeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteVpc(RequestContext context, DeleteVpcRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVpcBlockPublicAccessExclusionResult deleteVpcBlockPublicAccessExclusion(RequestContext context, DeleteVpcBlockPublicAccessExclusionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVpcEncryptionControlResult deleteVpcEncryptionControl(RequestContext context, DeleteVpcEncryptionControlRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVpcEndpointConnectionNotificationsResult deleteVpcEndpointConnectionNotifications(RequestContext context, DeleteVpcEndpointConnectionNotificationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVpcEndpointServiceConfigurationsResult deleteVpcEndpointServiceConfigurations(RequestContext context, DeleteVpcEndpointServiceConfigurationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVpcEndpointsResult deleteVpcEndpoints(RequestContext context, DeleteVpcEndpointsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVpcPeeringConnectionResult deleteVpcPeeringConnection(RequestContext context, DeleteVpcPeeringConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteVpnConcentratorResult deleteVpnConcentrator(RequestContext context, DeleteVpnConcentratorRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteVpnConnection(RequestContext context, DeleteVpnConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteVpnConnectionRoute(RequestContext context, DeleteVpnConnectionRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteVpnGateway(RequestContext context, DeleteVpnGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeprovisionByoipCidrResult deprovisionByoipCidr(RequestContext context, DeprovisionByoipCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeprovisionIpamByoasnResult deprovisionIpamByoasn(RequestContext context, DeprovisionIpamByoasnRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeprovisionIpamPoolCidrResult deprovisionIpamPoolCidr(RequestContext context, DeprovisionIpamPoolCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeprovisionPublicIpv4PoolCidrResult deprovisionPublicIpv4PoolCidr(RequestContext context, DeprovisionPublicIpv4PoolCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeregisterImageResult deregisterImage(RequestContext context, DeregisterImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeregisterInstanceEventNotificationAttributesResult deregisterInstanceEventNotificationAttributes(RequestContext context, DeregisterInstanceEventNotificationAttributesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeregisterTransitGatewayMulticastGroupMembersResult deregisterTransitGatewayMulticastGroupMembers(RequestContext context, DeregisterTransitGatewayMulticastGroupMembersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeregisterTransitGatewayMulticastGroupSourcesResult deregisterTransitGatewayMulticastGroupSources(RequestContext context, DeregisterTransitGatewayMulticastGroupSourcesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAccountAttributesResult describeAccountAttributes(RequestContext context, DescribeAccountAttributesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAddressTransfersResult describeAddressTransfers(RequestContext context, DescribeAddressTransfersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAddressesResult describeAddresses(RequestContext context, DescribeAddressesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAddressesAttributeResult describeAddressesAttribute(RequestContext context, DescribeAddressesAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAggregateIdFormatResult describeAggregateIdFormat(RequestContext context, DescribeAggregateIdFormatRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAvailabilityZonesResult describeAvailabilityZones(RequestContext context, DescribeAvailabilityZonesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAwsNetworkPerformanceMetricSubscriptionsResult describeAwsNetworkPerformanceMetricSubscriptions(RequestContext context, DescribeAwsNetworkPerformanceMetricSubscriptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeBundleTasksResult describeBundleTasks(RequestContext context, DescribeBundleTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeByoipCidrsResult describeByoipCidrs(RequestContext context, DescribeByoipCidrsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCapacityBlockExtensionHistoryResult describeCapacityBlockExtensionHistory(RequestContext context, DescribeCapacityBlockExtensionHistoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCapacityBlockExtensionOfferingsResult describeCapacityBlockExtensionOfferings(RequestContext context, DescribeCapacityBlockExtensionOfferingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCapacityBlockOfferingsResult describeCapacityBlockOfferings(RequestContext context, DescribeCapacityBlockOfferingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCapacityBlockStatusResult describeCapacityBlockStatus(RequestContext context, DescribeCapacityBlockStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCapacityBlocksResult describeCapacityBlocks(RequestContext context, DescribeCapacityBlocksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCapacityManagerDataExportsResult describeCapacityManagerDataExports(RequestContext context, DescribeCapacityManagerDataExportsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCapacityReservationBillingRequestsResult describeCapacityReservationBillingRequests(RequestContext context, DescribeCapacityReservationBillingRequestsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCapacityReservationFleetsResult describeCapacityReservationFleets(RequestContext context, DescribeCapacityReservationFleetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCapacityReservationTopologyResult describeCapacityReservationTopology(RequestContext context, DescribeCapacityReservationTopologyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCapacityReservationsResult describeCapacityReservations(RequestContext context, DescribeCapacityReservationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCarrierGatewaysResult describeCarrierGateways(RequestContext context, DescribeCarrierGatewaysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeClassicLinkInstancesResult describeClassicLinkInstances(RequestContext context, DescribeClassicLinkInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeClientVpnAuthorizationRulesResult describeClientVpnAuthorizationRules(RequestContext context, DescribeClientVpnAuthorizationRulesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeClientVpnConnectionsResult describeClientVpnConnections(RequestContext context, DescribeClientVpnConnectionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeClientVpnEndpointsResult describeClientVpnEndpoints(RequestContext context, DescribeClientVpnEndpointsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeClientVpnRoutesResult describeClientVpnRoutes(RequestContext context, DescribeClientVpnRoutesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeClientVpnTargetNetworksResult describeClientVpnTargetNetworks(RequestContext context, DescribeClientVpnTargetNetworksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCoipPoolsResult describeCoipPools(RequestContext context, DescribeCoipPoolsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeConversionTasksResult describeConversionTasks(RequestContext context, DescribeConversionTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCustomerGatewaysResult describeCustomerGateways(RequestContext context, DescribeCustomerGatewaysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeDeclarativePoliciesReportsResult describeDeclarativePoliciesReports(RequestContext context, DescribeDeclarativePoliciesReportsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeDhcpOptionsResult describeDhcpOptions(RequestContext context, DescribeDhcpOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeEgressOnlyInternetGatewaysResult describeEgressOnlyInternetGateways(RequestContext context, DescribeEgressOnlyInternetGatewaysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeElasticGpusResult describeElasticGpus(RequestContext context, DescribeElasticGpusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeExportImageTasksResult describeExportImageTasks(RequestContext context, DescribeExportImageTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeExportTasksResult describeExportTasks(RequestContext context, DescribeExportTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeFastLaunchImagesResult describeFastLaunchImages(RequestContext context, DescribeFastLaunchImagesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeFastSnapshotRestoresResult describeFastSnapshotRestores(RequestContext context, DescribeFastSnapshotRestoresRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeFleetHistoryResult describeFleetHistory(RequestContext context, DescribeFleetHistoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeFleetInstancesResult describeFleetInstances(RequestContext context, DescribeFleetInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeFleetsResult describeFleets(RequestContext context, DescribeFleetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeFlowLogsResult describeFlowLogs(RequestContext context, DescribeFlowLogsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeFpgaImageAttributeResult describeFpgaImageAttribute(RequestContext context, DescribeFpgaImageAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeFpgaImagesResult describeFpgaImages(RequestContext context, DescribeFpgaImagesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeHostReservationOfferingsResult describeHostReservationOfferings(RequestContext context, DescribeHostReservationOfferingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeHostReservationsResult describeHostReservations(RequestContext context, DescribeHostReservationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeHostsResult describeHosts(RequestContext context, DescribeHostsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIamInstanceProfileAssociationsResult describeIamInstanceProfileAssociations(RequestContext context, DescribeIamInstanceProfileAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIdFormatResult describeIdFormat(RequestContext context, DescribeIdFormatRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIdentityIdFormatResult describeIdentityIdFormat(RequestContext context, DescribeIdentityIdFormatRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ImageAttribute describeImageAttribute(RequestContext context, DescribeImageAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeImageReferencesResult describeImageReferences(RequestContext context, DescribeImageReferencesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeImageUsageReportEntriesResult describeImageUsageReportEntries(RequestContext context, DescribeImageUsageReportEntriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeImageUsageReportsResult describeImageUsageReports(RequestContext context, DescribeImageUsageReportsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeImagesResult describeImages(RequestContext context, DescribeImagesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeImportImageTasksResult describeImportImageTasks(RequestContext context, DescribeImportImageTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeImportSnapshotTasksResult describeImportSnapshotTasks(RequestContext context, DescribeImportSnapshotTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default InstanceAttribute describeInstanceAttribute(RequestContext context, DescribeInstanceAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceConnectEndpointsResult describeInstanceConnectEndpoints(RequestContext context, DescribeInstanceConnectEndpointsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceCreditSpecificationsResult describeInstanceCreditSpecifications(RequestContext context, DescribeInstanceCreditSpecificationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceEventNotificationAttributesResult describeInstanceEventNotificationAttributes(RequestContext context, DescribeInstanceEventNotificationAttributesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceEventWindowsResult describeInstanceEventWindows(RequestContext context, DescribeInstanceEventWindowsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceImageMetadataResult describeInstanceImageMetadata(RequestContext context, DescribeInstanceImageMetadataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceSqlHaHistoryStatesResult describeInstanceSqlHaHistoryStates(RequestContext context, DescribeInstanceSqlHaHistoryStatesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceSqlHaStatesResult describeInstanceSqlHaStates(RequestContext context, DescribeInstanceSqlHaStatesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceStatusResult describeInstanceStatus(RequestContext context, DescribeInstanceStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceTopologyResult describeInstanceTopology(RequestContext context, DescribeInstanceTopologyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceTypeOfferingsResult describeInstanceTypeOfferings(RequestContext context, DescribeInstanceTypeOfferingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceTypesResult describeInstanceTypes(RequestContext context, DescribeInstanceTypesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstancesResult describeInstances(RequestContext context, DescribeInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInternetGatewaysResult describeInternetGateways(RequestContext context, DescribeInternetGatewaysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamByoasnResult describeIpamByoasn(RequestContext context, DescribeIpamByoasnRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamExternalResourceVerificationTokensResult describeIpamExternalResourceVerificationTokens(RequestContext context, DescribeIpamExternalResourceVerificationTokensRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamPoliciesResult describeIpamPolicies(RequestContext context, DescribeIpamPoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamPoolAllocationsResult describeIpamPoolAllocations(RequestContext context, DescribeIpamPoolAllocationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamPoolsResult describeIpamPools(RequestContext context, DescribeIpamPoolsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamPrefixListResolverTargetsResult describeIpamPrefixListResolverTargets(RequestContext context, DescribeIpamPrefixListResolverTargetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamPrefixListResolversResult describeIpamPrefixListResolvers(RequestContext context, DescribeIpamPrefixListResolversRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamResourceDiscoveriesResult describeIpamResourceDiscoveries(RequestContext context, DescribeIpamResourceDiscoveriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamResourceDiscoveryAssociationsResult describeIpamResourceDiscoveryAssociations(RequestContext context, DescribeIpamResourceDiscoveryAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamScopesResult describeIpamScopes(RequestContext context, DescribeIpamScopesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpamsResult describeIpams(RequestContext context, DescribeIpamsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIpv6PoolsResult describeIpv6Pools(RequestContext context, DescribeIpv6PoolsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeKeyPairsResult describeKeyPairs(RequestContext context, DescribeKeyPairsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLaunchTemplateVersionsResult describeLaunchTemplateVersions(RequestContext context, DescribeLaunchTemplateVersionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLaunchTemplatesResult describeLaunchTemplates(RequestContext context, DescribeLaunchTemplatesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsResult describeLocalGatewayRouteTableVirtualInterfaceGroupAssociations(RequestContext context, DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLocalGatewayRouteTableVpcAssociationsResult describeLocalGatewayRouteTableVpcAssociations(RequestContext context, DescribeLocalGatewayRouteTableVpcAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLocalGatewayRouteTablesResult describeLocalGatewayRouteTables(RequestContext context, DescribeLocalGatewayRouteTablesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLocalGatewayVirtualInterfaceGroupsResult describeLocalGatewayVirtualInterfaceGroups(RequestContext context, DescribeLocalGatewayVirtualInterfaceGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLocalGatewayVirtualInterfacesResult describeLocalGatewayVirtualInterfaces(RequestContext context, DescribeLocalGatewayVirtualInterfacesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLocalGatewaysResult describeLocalGateways(RequestContext context, DescribeLocalGatewaysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLockedSnapshotsResult describeLockedSnapshots(RequestContext context, DescribeLockedSnapshotsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMacHostsResult describeMacHosts(RequestContext context, DescribeMacHostsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMacModificationTasksResult describeMacModificationTasks(RequestContext context, DescribeMacModificationTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeManagedPrefixListsResult describeManagedPrefixLists(RequestContext context, DescribeManagedPrefixListsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMovingAddressesResult describeMovingAddresses(RequestContext context, DescribeMovingAddressesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeNatGatewaysResult describeNatGateways(RequestContext context, DescribeNatGatewaysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeNetworkAclsResult describeNetworkAcls(RequestContext context, DescribeNetworkAclsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeNetworkInsightsAccessScopeAnalysesResult describeNetworkInsightsAccessScopeAnalyses(RequestContext context, DescribeNetworkInsightsAccessScopeAnalysesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeNetworkInsightsAccessScopesResult describeNetworkInsightsAccessScopes(RequestContext context, DescribeNetworkInsightsAccessScopesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeNetworkInsightsAnalysesResult describeNetworkInsightsAnalyses(RequestContext context, DescribeNetworkInsightsAnalysesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeNetworkInsightsPathsResult describeNetworkInsightsPaths(RequestContext context, DescribeNetworkInsightsPathsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeNetworkInterfaceAttributeResult describeNetworkInterfaceAttribute(RequestContext context, DescribeNetworkInterfaceAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeNetworkInterfacePermissionsResult describeNetworkInterfacePermissions(RequestContext context, DescribeNetworkInterfacePermissionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeNetworkInterfacesResult describeNetworkInterfaces(RequestContext context, DescribeNetworkInterfacesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeOutpostLagsResult describeOutpostLags(RequestContext context, DescribeOutpostLagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribePlacementGroupsResult describePlacementGroups(RequestContext context, DescribePlacementGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribePrefixListsResult describePrefixLists(RequestContext context, DescribePrefixListsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribePrincipalIdFormatResult describePrincipalIdFormat(RequestContext context, DescribePrincipalIdFormatRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribePublicIpv4PoolsResult describePublicIpv4Pools(RequestContext context, DescribePublicIpv4PoolsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeRegionsResult describeRegions(RequestContext context, DescribeRegionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeReplaceRootVolumeTasksResult describeReplaceRootVolumeTasks(RequestContext context, DescribeReplaceRootVolumeTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeReservedInstancesResult describeReservedInstances(RequestContext context, DescribeReservedInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeReservedInstancesListingsResult describeReservedInstancesListings(RequestContext context, DescribeReservedInstancesListingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeReservedInstancesModificationsResult describeReservedInstancesModifications(RequestContext context, DescribeReservedInstancesModificationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeReservedInstancesOfferingsResult describeReservedInstancesOfferings(RequestContext context, DescribeReservedInstancesOfferingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeRouteServerEndpointsResult describeRouteServerEndpoints(RequestContext context, DescribeRouteServerEndpointsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeRouteServerPeersResult describeRouteServerPeers(RequestContext context, DescribeRouteServerPeersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeRouteServersResult describeRouteServers(RequestContext context, DescribeRouteServersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeRouteTablesResult describeRouteTables(RequestContext context, DescribeRouteTablesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeScheduledInstanceAvailabilityResult describeScheduledInstanceAvailability(RequestContext context, DescribeScheduledInstanceAvailabilityRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeScheduledInstancesResult describeScheduledInstances(RequestContext context, DescribeScheduledInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSecondaryInterfacesResult describeSecondaryInterfaces(RequestContext context, DescribeSecondaryInterfacesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSecondaryNetworksResult describeSecondaryNetworks(RequestContext context, DescribeSecondaryNetworksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSecondarySubnetsResult describeSecondarySubnets(RequestContext context, DescribeSecondarySubnetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSecurityGroupReferencesResult describeSecurityGroupReferences(RequestContext context, DescribeSecurityGroupReferencesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSecurityGroupRulesResult describeSecurityGroupRules(RequestContext context, DescribeSecurityGroupRulesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSecurityGroupVpcAssociationsResult describeSecurityGroupVpcAssociations(RequestContext context, DescribeSecurityGroupVpcAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSecurityGroupsResult describeSecurityGroups(RequestContext context, DescribeSecurityGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeServiceLinkVirtualInterfacesResult describeServiceLinkVirtualInterfaces(RequestContext context, DescribeServiceLinkVirtualInterfacesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSnapshotAttributeResult describeSnapshotAttribute(RequestContext context, DescribeSnapshotAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSnapshotTierStatusResult describeSnapshotTierStatus(RequestContext context, DescribeSnapshotTierStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSnapshotsResult describeSnapshots(RequestContext context, DescribeSnapshotsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSpotDatafeedSubscriptionResult describeSpotDatafeedSubscription(RequestContext context, DescribeSpotDatafeedSubscriptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSpotFleetInstancesResponse describeSpotFleetInstances(RequestContext context, DescribeSpotFleetInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSpotFleetRequestHistoryResponse describeSpotFleetRequestHistory(RequestContext context, DescribeSpotFleetRequestHistoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSpotFleetRequestsResponse describeSpotFleetRequests(RequestContext context, DescribeSpotFleetRequestsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSpotInstanceRequestsResult describeSpotInstanceRequests(RequestContext context, DescribeSpotInstanceRequestsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSpotPriceHistoryResult describeSpotPriceHistory(RequestContext context, DescribeSpotPriceHistoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeStaleSecurityGroupsResult describeStaleSecurityGroups(RequestContext context, DescribeStaleSecurityGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeStoreImageTasksResult describeStoreImageTasks(RequestContext context, DescribeStoreImageTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSubnetsResult describeSubnets(RequestContext context, DescribeSubnetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTagsResult describeTags(RequestContext context, DescribeTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTrafficMirrorFilterRulesResult describeTrafficMirrorFilterRules(RequestContext context, DescribeTrafficMirrorFilterRulesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTrafficMirrorFiltersResult describeTrafficMirrorFilters(RequestContext context, DescribeTrafficMirrorFiltersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTrafficMirrorSessionsResult describeTrafficMirrorSessions(RequestContext context, DescribeTrafficMirrorSessionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTrafficMirrorTargetsResult describeTrafficMirrorTargets(RequestContext context, DescribeTrafficMirrorTargetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewayAttachmentsResult describeTransitGatewayAttachments(RequestContext context, DescribeTransitGatewayAttachmentsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewayConnectPeersResult describeTransitGatewayConnectPeers(RequestContext context, DescribeTransitGatewayConnectPeersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewayConnectsResult describeTransitGatewayConnects(RequestContext context, DescribeTransitGatewayConnectsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewayMeteringPoliciesResult describeTransitGatewayMeteringPolicies(RequestContext context, DescribeTransitGatewayMeteringPoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewayMulticastDomainsResult describeTransitGatewayMulticastDomains(RequestContext context, DescribeTransitGatewayMulticastDomainsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewayPeeringAttachmentsResult describeTransitGatewayPeeringAttachments(RequestContext context, DescribeTransitGatewayPeeringAttachmentsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewayPolicyTablesResult describeTransitGatewayPolicyTables(RequestContext context, DescribeTransitGatewayPolicyTablesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewayRouteTableAnnouncementsResult describeTransitGatewayRouteTableAnnouncements(RequestContext context, DescribeTransitGatewayRouteTableAnnouncementsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewayRouteTablesResult describeTransitGatewayRouteTables(RequestContext context, DescribeTransitGatewayRouteTablesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewayVpcAttachmentsResult describeTransitGatewayVpcAttachments(RequestContext context, DescribeTransitGatewayVpcAttachmentsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTransitGatewaysResult describeTransitGateways(RequestContext context, DescribeTransitGatewaysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTrunkInterfaceAssociationsResult describeTrunkInterfaceAssociations(RequestContext context, DescribeTrunkInterfaceAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVerifiedAccessEndpointsResult describeVerifiedAccessEndpoints(RequestContext context, DescribeVerifiedAccessEndpointsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVerifiedAccessGroupsResult describeVerifiedAccessGroups(RequestContext context, DescribeVerifiedAccessGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVerifiedAccessInstanceLoggingConfigurationsResult describeVerifiedAccessInstanceLoggingConfigurations(RequestContext context, DescribeVerifiedAccessInstanceLoggingConfigurationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVerifiedAccessInstancesResult describeVerifiedAccessInstances(RequestContext context, DescribeVerifiedAccessInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVerifiedAccessTrustProvidersResult describeVerifiedAccessTrustProviders(RequestContext context, DescribeVerifiedAccessTrustProvidersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVolumeAttributeResult describeVolumeAttribute(RequestContext context, DescribeVolumeAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVolumeStatusResult describeVolumeStatus(RequestContext context, DescribeVolumeStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVolumesResult describeVolumes(RequestContext context, DescribeVolumesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVolumesModificationsResult describeVolumesModifications(RequestContext context, DescribeVolumesModificationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcAttributeResult describeVpcAttribute(RequestContext context, DescribeVpcAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcBlockPublicAccessExclusionsResult describeVpcBlockPublicAccessExclusions(RequestContext context, DescribeVpcBlockPublicAccessExclusionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcBlockPublicAccessOptionsResult describeVpcBlockPublicAccessOptions(RequestContext context, DescribeVpcBlockPublicAccessOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcClassicLinkResult describeVpcClassicLink(RequestContext context, DescribeVpcClassicLinkRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcClassicLinkDnsSupportResult describeVpcClassicLinkDnsSupport(RequestContext context, DescribeVpcClassicLinkDnsSupportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcEncryptionControlsResult describeVpcEncryptionControls(RequestContext context, DescribeVpcEncryptionControlsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcEndpointAssociationsResult describeVpcEndpointAssociations(RequestContext context, DescribeVpcEndpointAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcEndpointConnectionNotificationsResult describeVpcEndpointConnectionNotifications(RequestContext context, DescribeVpcEndpointConnectionNotificationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcEndpointConnectionsResult describeVpcEndpointConnections(RequestContext context, DescribeVpcEndpointConnectionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcEndpointServiceConfigurationsResult describeVpcEndpointServiceConfigurations(RequestContext context, DescribeVpcEndpointServiceConfigurationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcEndpointServicePermissionsResult describeVpcEndpointServicePermissions(RequestContext context, DescribeVpcEndpointServicePermissionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcEndpointServicesResult describeVpcEndpointServices(RequestContext context, DescribeVpcEndpointServicesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcEndpointsResult describeVpcEndpoints(RequestContext context, DescribeVpcEndpointsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcPeeringConnectionsResult describeVpcPeeringConnections(RequestContext context, DescribeVpcPeeringConnectionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpcsResult describeVpcs(RequestContext context, DescribeVpcsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpnConcentratorsResult describeVpnConcentrators(RequestContext context, DescribeVpnConcentratorsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpnConnectionsResult describeVpnConnections(RequestContext context, DescribeVpnConnectionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeVpnGatewaysResult describeVpnGateways(RequestContext context, DescribeVpnGatewaysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DetachClassicLinkVpcResult detachClassicLinkVpc(RequestContext context, DetachClassicLinkVpcRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void detachInternetGateway(RequestContext context, DetachInternetGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void detachNetworkInterface(RequestContext context, DetachNetworkInterfaceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DetachVerifiedAccessTrustProviderResult detachVerifiedAccessTrustProvider(RequestContext context, DetachVerifiedAccessTrustProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default VolumeAttachment detachVolume(RequestContext context, DetachVolumeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void detachVpnGateway(RequestContext context, DetachVpnGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableAddressTransferResult disableAddressTransfer(RequestContext context, DisableAddressTransferRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableAllowedImagesSettingsResult disableAllowedImagesSettings(RequestContext context, DisableAllowedImagesSettingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableAwsNetworkPerformanceMetricSubscriptionResult disableAwsNetworkPerformanceMetricSubscription(RequestContext context, DisableAwsNetworkPerformanceMetricSubscriptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableCapacityManagerResult disableCapacityManager(RequestContext context, DisableCapacityManagerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableEbsEncryptionByDefaultResult disableEbsEncryptionByDefault(RequestContext context, DisableEbsEncryptionByDefaultRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableFastLaunchResult disableFastLaunch(RequestContext context, DisableFastLaunchRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableFastSnapshotRestoresResult disableFastSnapshotRestores(RequestContext context, DisableFastSnapshotRestoresRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableImageResult disableImage(RequestContext context, DisableImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableImageBlockPublicAccessResult disableImageBlockPublicAccess(RequestContext context, DisableImageBlockPublicAccessRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableImageDeprecationResult disableImageDeprecation(RequestContext context, DisableImageDeprecationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableImageDeregistrationProtectionResult disableImageDeregistrationProtection(RequestContext context, DisableImageDeregistrationProtectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableInstanceSqlHaStandbyDetectionsResult disableInstanceSqlHaStandbyDetections(RequestContext context, DisableInstanceSqlHaStandbyDetectionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableIpamOrganizationAdminAccountResult disableIpamOrganizationAdminAccount(RequestContext context, DisableIpamOrganizationAdminAccountRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableIpamPolicyResult disableIpamPolicy(RequestContext context, DisableIpamPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableRouteServerPropagationResult disableRouteServerPropagation(RequestContext context, DisableRouteServerPropagationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableSerialConsoleAccessResult disableSerialConsoleAccess(RequestContext context, DisableSerialConsoleAccessRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableSnapshotBlockPublicAccessResult disableSnapshotBlockPublicAccess(RequestContext context, DisableSnapshotBlockPublicAccessRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableTransitGatewayRouteTablePropagationResult disableTransitGatewayRouteTablePropagation(RequestContext context, DisableTransitGatewayRouteTablePropagationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void disableVgwRoutePropagation(RequestContext context, DisableVgwRoutePropagationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableVpcClassicLinkResult disableVpcClassicLink(RequestContext context, DisableVpcClassicLinkRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableVpcClassicLinkDnsSupportResult disableVpcClassicLinkDnsSupport(RequestContext context, DisableVpcClassicLinkDnsSupportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void disassociateAddress(RequestContext context, DisassociateAddressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateCapacityReservationBillingOwnerResult disassociateCapacityReservationBillingOwner(RequestContext context, DisassociateCapacityReservationBillingOwnerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateClientVpnTargetNetworkResult disassociateClientVpnTargetNetwork(RequestContext context, DisassociateClientVpnTargetNetworkRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateEnclaveCertificateIamRoleResult disassociateEnclaveCertificateIamRole(RequestContext context, DisassociateEnclaveCertificateIamRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateIamInstanceProfileResult disassociateIamInstanceProfile(RequestContext context, DisassociateIamInstanceProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateInstanceEventWindowResult disassociateInstanceEventWindow(RequestContext context, DisassociateInstanceEventWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateIpamByoasnResult disassociateIpamByoasn(RequestContext context, DisassociateIpamByoasnRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateIpamResourceDiscoveryResult disassociateIpamResourceDiscovery(RequestContext context, DisassociateIpamResourceDiscoveryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateNatGatewayAddressResult disassociateNatGatewayAddress(RequestContext context, DisassociateNatGatewayAddressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateRouteServerResult disassociateRouteServer(RequestContext context, DisassociateRouteServerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void disassociateRouteTable(RequestContext context, DisassociateRouteTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateSecurityGroupVpcResult disassociateSecurityGroupVpc(RequestContext context, DisassociateSecurityGroupVpcRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateSubnetCidrBlockResult disassociateSubnetCidrBlock(RequestContext context, DisassociateSubnetCidrBlockRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateTransitGatewayMulticastDomainResult disassociateTransitGatewayMulticastDomain(RequestContext context, DisassociateTransitGatewayMulticastDomainRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateTransitGatewayPolicyTableResult disassociateTransitGatewayPolicyTable(RequestContext context, DisassociateTransitGatewayPolicyTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateTransitGatewayRouteTableResult disassociateTransitGatewayRouteTable(RequestContext context, DisassociateTransitGatewayRouteTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateTrunkInterfaceResult disassociateTrunkInterface(RequestContext context, DisassociateTrunkInterfaceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateVpcCidrBlockResult disassociateVpcCidrBlock(RequestContext context, DisassociateVpcCidrBlockRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableAddressTransferResult enableAddressTransfer(RequestContext context, EnableAddressTransferRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableAllowedImagesSettingsResult enableAllowedImagesSettings(RequestContext context, EnableAllowedImagesSettingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableAwsNetworkPerformanceMetricSubscriptionResult enableAwsNetworkPerformanceMetricSubscription(RequestContext context, EnableAwsNetworkPerformanceMetricSubscriptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableCapacityManagerResult enableCapacityManager(RequestContext context, EnableCapacityManagerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableEbsEncryptionByDefaultResult enableEbsEncryptionByDefault(RequestContext context, EnableEbsEncryptionByDefaultRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableFastLaunchResult enableFastLaunch(RequestContext context, EnableFastLaunchRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableFastSnapshotRestoresResult enableFastSnapshotRestores(RequestContext context, EnableFastSnapshotRestoresRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableImageResult enableImage(RequestContext context, EnableImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableImageBlockPublicAccessResult enableImageBlockPublicAccess(RequestContext context, EnableImageBlockPublicAccessRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableImageDeprecationResult enableImageDeprecation(RequestContext context, EnableImageDeprecationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableImageDeregistrationProtectionResult enableImageDeregistrationProtection(RequestContext context, EnableImageDeregistrationProtectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableInstanceSqlHaStandbyDetectionsResult enableInstanceSqlHaStandbyDetections(RequestContext context, EnableInstanceSqlHaStandbyDetectionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableIpamOrganizationAdminAccountResult enableIpamOrganizationAdminAccount(RequestContext context, EnableIpamOrganizationAdminAccountRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableIpamPolicyResult enableIpamPolicy(RequestContext context, EnableIpamPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableReachabilityAnalyzerOrganizationSharingResult enableReachabilityAnalyzerOrganizationSharing(RequestContext context, EnableReachabilityAnalyzerOrganizationSharingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableRouteServerPropagationResult enableRouteServerPropagation(RequestContext context, EnableRouteServerPropagationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableSerialConsoleAccessResult enableSerialConsoleAccess(RequestContext context, EnableSerialConsoleAccessRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableSnapshotBlockPublicAccessResult enableSnapshotBlockPublicAccess(RequestContext context, EnableSnapshotBlockPublicAccessRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableTransitGatewayRouteTablePropagationResult enableTransitGatewayRouteTablePropagation(RequestContext context, EnableTransitGatewayRouteTablePropagationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void enableVgwRoutePropagation(RequestContext context, EnableVgwRoutePropagationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void enableVolumeIO(RequestContext context, EnableVolumeIORequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableVpcClassicLinkResult enableVpcClassicLink(RequestContext context, EnableVpcClassicLinkRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableVpcClassicLinkDnsSupportResult enableVpcClassicLinkDnsSupport(RequestContext context, EnableVpcClassicLinkDnsSupportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ExportClientVpnClientCertificateRevocationListResult exportClientVpnClientCertificateRevocationList(RequestContext context, ExportClientVpnClientCertificateRevocationListRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ExportClientVpnClientConfigurationResult exportClientVpnClientConfiguration(RequestContext context, ExportClientVpnClientConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ExportImageResult exportImage(RequestContext context, ExportImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ExportTransitGatewayRoutesResult exportTransitGatewayRoutes(RequestContext context, ExportTransitGatewayRoutesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ExportVerifiedAccessInstanceClientConfigurationResult exportVerifiedAccessInstanceClientConfiguration(RequestContext context, ExportVerifiedAccessInstanceClientConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetActiveVpnTunnelStatusResult getActiveVpnTunnelStatus(RequestContext context, GetActiveVpnTunnelStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAllowedImagesSettingsResult getAllowedImagesSettings(RequestContext context, GetAllowedImagesSettingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAssociatedEnclaveCertificateIamRolesResult getAssociatedEnclaveCertificateIamRoles(RequestContext context, GetAssociatedEnclaveCertificateIamRolesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAssociatedIpv6PoolCidrsResult getAssociatedIpv6PoolCidrs(RequestContext context, GetAssociatedIpv6PoolCidrsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAwsNetworkPerformanceDataResult getAwsNetworkPerformanceData(RequestContext context, GetAwsNetworkPerformanceDataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCapacityManagerAttributesResult getCapacityManagerAttributes(RequestContext context, GetCapacityManagerAttributesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCapacityManagerMetricDataResult getCapacityManagerMetricData(RequestContext context, GetCapacityManagerMetricDataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCapacityManagerMetricDimensionsResult getCapacityManagerMetricDimensions(RequestContext context, GetCapacityManagerMetricDimensionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCapacityManagerMonitoredTagKeysResult getCapacityManagerMonitoredTagKeys(RequestContext context, GetCapacityManagerMonitoredTagKeysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCapacityReservationUsageResult getCapacityReservationUsage(RequestContext context, GetCapacityReservationUsageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCoipPoolUsageResult getCoipPoolUsage(RequestContext context, GetCoipPoolUsageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetConsoleOutputResult getConsoleOutput(RequestContext context, GetConsoleOutputRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetConsoleScreenshotResult getConsoleScreenshot(RequestContext context, GetConsoleScreenshotRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDeclarativePoliciesReportSummaryResult getDeclarativePoliciesReportSummary(RequestContext context, GetDeclarativePoliciesReportSummaryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDefaultCreditSpecificationResult getDefaultCreditSpecification(RequestContext context, GetDefaultCreditSpecificationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetEbsDefaultKmsKeyIdResult getEbsDefaultKmsKeyId(RequestContext context, GetEbsDefaultKmsKeyIdRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetEbsEncryptionByDefaultResult getEbsEncryptionByDefault(RequestContext context, GetEbsEncryptionByDefaultRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetEnabledIpamPolicyResult getEnabledIpamPolicy(RequestContext context, GetEnabledIpamPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetFlowLogsIntegrationTemplateResult getFlowLogsIntegrationTemplate(RequestContext context, GetFlowLogsIntegrationTemplateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetGroupsForCapacityReservationResult getGroupsForCapacityReservation(RequestContext context, GetGroupsForCapacityReservationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetHostReservationPurchasePreviewResult getHostReservationPurchasePreview(RequestContext context, GetHostReservationPurchasePreviewRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetImageAncestryResult getImageAncestry(RequestContext context, GetImageAncestryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetImageBlockPublicAccessStateResult getImageBlockPublicAccessState(RequestContext context, GetImageBlockPublicAccessStateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetInstanceMetadataDefaultsResult getInstanceMetadataDefaults(RequestContext context, GetInstanceMetadataDefaultsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetInstanceTpmEkPubResult getInstanceTpmEkPub(RequestContext context, GetInstanceTpmEkPubRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetInstanceTypesFromInstanceRequirementsResult getInstanceTypesFromInstanceRequirements(RequestContext context, GetInstanceTypesFromInstanceRequirementsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetInstanceUefiDataResult getInstanceUefiData(RequestContext context, GetInstanceUefiDataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamAddressHistoryResult getIpamAddressHistory(RequestContext context, GetIpamAddressHistoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamDiscoveredAccountsResult getIpamDiscoveredAccounts(RequestContext context, GetIpamDiscoveredAccountsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamDiscoveredPublicAddressesResult getIpamDiscoveredPublicAddresses(RequestContext context, GetIpamDiscoveredPublicAddressesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamDiscoveredResourceCidrsResult getIpamDiscoveredResourceCidrs(RequestContext context, GetIpamDiscoveredResourceCidrsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamPolicyAllocationRulesResult getIpamPolicyAllocationRules(RequestContext context, GetIpamPolicyAllocationRulesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamPolicyOrganizationTargetsResult getIpamPolicyOrganizationTargets(RequestContext context, GetIpamPolicyOrganizationTargetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamPoolAllocationsResult getIpamPoolAllocations(RequestContext context, GetIpamPoolAllocationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamPoolCidrsResult getIpamPoolCidrs(RequestContext context, GetIpamPoolCidrsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamPrefixListResolverRulesResult getIpamPrefixListResolverRules(RequestContext context, GetIpamPrefixListResolverRulesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamPrefixListResolverVersionEntriesResult getIpamPrefixListResolverVersionEntries(RequestContext context, GetIpamPrefixListResolverVersionEntriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamPrefixListResolverVersionsResult getIpamPrefixListResolverVersions(RequestContext context, GetIpamPrefixListResolverVersionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIpamResourceCidrsResult getIpamResourceCidrs(RequestContext context, GetIpamResourceCidrsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLaunchTemplateDataResult getLaunchTemplateData(RequestContext context, GetLaunchTemplateDataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetManagedPrefixListAssociationsResult getManagedPrefixListAssociations(RequestContext context, GetManagedPrefixListAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetManagedPrefixListEntriesResult getManagedPrefixListEntries(RequestContext context, GetManagedPrefixListEntriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetManagedResourceVisibilityResult getManagedResourceVisibility(RequestContext context, GetManagedResourceVisibilityRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetNetworkInsightsAccessScopeAnalysisFindingsResult getNetworkInsightsAccessScopeAnalysisFindings(RequestContext context, GetNetworkInsightsAccessScopeAnalysisFindingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetNetworkInsightsAccessScopeContentResult getNetworkInsightsAccessScopeContent(RequestContext context, GetNetworkInsightsAccessScopeContentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetPasswordDataResult getPasswordData(RequestContext context, GetPasswordDataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetReservedInstancesExchangeQuoteResult getReservedInstancesExchangeQuote(RequestContext context, GetReservedInstancesExchangeQuoteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetRouteServerAssociationsResult getRouteServerAssociations(RequestContext context, GetRouteServerAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetRouteServerPropagationsResult getRouteServerPropagations(RequestContext context, GetRouteServerPropagationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetRouteServerRoutingDatabaseResult getRouteServerRoutingDatabase(RequestContext context, GetRouteServerRoutingDatabaseRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetSecurityGroupsForVpcResult getSecurityGroupsForVpc(RequestContext context, GetSecurityGroupsForVpcRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetSerialConsoleAccessStatusResult getSerialConsoleAccessStatus(RequestContext context, GetSerialConsoleAccessStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetSnapshotBlockPublicAccessStateResult getSnapshotBlockPublicAccessState(RequestContext context, GetSnapshotBlockPublicAccessStateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetSpotPlacementScoresResult getSpotPlacementScores(RequestContext context, GetSpotPlacementScoresRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetSubnetCidrReservationsResult getSubnetCidrReservations(RequestContext context, GetSubnetCidrReservationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTransitGatewayAttachmentPropagationsResult getTransitGatewayAttachmentPropagations(RequestContext context, GetTransitGatewayAttachmentPropagationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTransitGatewayMeteringPolicyEntriesResult getTransitGatewayMeteringPolicyEntries(RequestContext context, GetTransitGatewayMeteringPolicyEntriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTransitGatewayMulticastDomainAssociationsResult getTransitGatewayMulticastDomainAssociations(RequestContext context, GetTransitGatewayMulticastDomainAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTransitGatewayPolicyTableAssociationsResult getTransitGatewayPolicyTableAssociations(RequestContext context, GetTransitGatewayPolicyTableAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTransitGatewayPolicyTableEntriesResult getTransitGatewayPolicyTableEntries(RequestContext context, GetTransitGatewayPolicyTableEntriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTransitGatewayPrefixListReferencesResult getTransitGatewayPrefixListReferences(RequestContext context, GetTransitGatewayPrefixListReferencesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTransitGatewayRouteTableAssociationsResult getTransitGatewayRouteTableAssociations(RequestContext context, GetTransitGatewayRouteTableAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTransitGatewayRouteTablePropagationsResult getTransitGatewayRouteTablePropagations(RequestContext context, GetTransitGatewayRouteTablePropagationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetVerifiedAccessEndpointPolicyResult getVerifiedAccessEndpointPolicy(RequestContext context, GetVerifiedAccessEndpointPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetVerifiedAccessEndpointTargetsResult getVerifiedAccessEndpointTargets(RequestContext context, GetVerifiedAccessEndpointTargetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetVerifiedAccessGroupPolicyResult getVerifiedAccessGroupPolicy(RequestContext context, GetVerifiedAccessGroupPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetVpcResourcesBlockingEncryptionEnforcementResult getVpcResourcesBlockingEncryptionEnforcement(RequestContext context, GetVpcResourcesBlockingEncryptionEnforcementRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetVpnConnectionDeviceSampleConfigurationResult getVpnConnectionDeviceSampleConfiguration(RequestContext context, GetVpnConnectionDeviceSampleConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetVpnConnectionDeviceTypesResult getVpnConnectionDeviceTypes(RequestContext context, GetVpnConnectionDeviceTypesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetVpnTunnelReplacementStatusResult getVpnTunnelReplacementStatus(RequestContext context, GetVpnTunnelReplacementStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ImportClientVpnClientCertificateRevocationListResult importClientVpnClientCertificateRevocationList(RequestContext context, ImportClientVpnClientCertificateRevocationListRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ImportImageResult importImage(RequestContext context, ImportImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ImportInstanceResult importInstance(RequestContext context, ImportInstanceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ImportKeyPairResult importKeyPair(RequestContext context, ImportKeyPairRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ImportSnapshotResult importSnapshot(RequestContext context, ImportSnapshotRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ImportVolumeResult importVolume(RequestContext context, ImportVolumeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListImagesInRecycleBinResult listImagesInRecycleBin(RequestContext context, ListImagesInRecycleBinRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListSnapshotsInRecycleBinResult listSnapshotsInRecycleBin(RequestContext context, ListSnapshotsInRecycleBinRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListVolumesInRecycleBinResult listVolumesInRecycleBin(RequestContext context, ListVolumesInRecycleBinRequest input) {
        throw AwsException.notImplemented(context);
    }

    default LockSnapshotResult lockSnapshot(RequestContext context, LockSnapshotRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyAddressAttributeResult modifyAddressAttribute(RequestContext context, ModifyAddressAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyAvailabilityZoneGroupResult modifyAvailabilityZoneGroup(RequestContext context, ModifyAvailabilityZoneGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyCapacityReservationResult modifyCapacityReservation(RequestContext context, ModifyCapacityReservationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyCapacityReservationFleetResult modifyCapacityReservationFleet(RequestContext context, ModifyCapacityReservationFleetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyClientVpnEndpointResult modifyClientVpnEndpoint(RequestContext context, ModifyClientVpnEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyDefaultCreditSpecificationResult modifyDefaultCreditSpecification(RequestContext context, ModifyDefaultCreditSpecificationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyEbsDefaultKmsKeyIdResult modifyEbsDefaultKmsKeyId(RequestContext context, ModifyEbsDefaultKmsKeyIdRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyFleetResult modifyFleet(RequestContext context, ModifyFleetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyFpgaImageAttributeResult modifyFpgaImageAttribute(RequestContext context, ModifyFpgaImageAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyHostsResult modifyHosts(RequestContext context, ModifyHostsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void modifyIdFormat(RequestContext context, ModifyIdFormatRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void modifyIdentityIdFormat(RequestContext context, ModifyIdentityIdFormatRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void modifyImageAttribute(RequestContext context, ModifyImageAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void modifyInstanceAttribute(RequestContext context, ModifyInstanceAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstanceCapacityReservationAttributesResult modifyInstanceCapacityReservationAttributes(RequestContext context, ModifyInstanceCapacityReservationAttributesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstanceConnectEndpointResult modifyInstanceConnectEndpoint(RequestContext context, ModifyInstanceConnectEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstanceCpuOptionsResult modifyInstanceCpuOptions(RequestContext context, ModifyInstanceCpuOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstanceCreditSpecificationResult modifyInstanceCreditSpecification(RequestContext context, ModifyInstanceCreditSpecificationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstanceEventStartTimeResult modifyInstanceEventStartTime(RequestContext context, ModifyInstanceEventStartTimeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstanceEventWindowResult modifyInstanceEventWindow(RequestContext context, ModifyInstanceEventWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstanceMaintenanceOptionsResult modifyInstanceMaintenanceOptions(RequestContext context, ModifyInstanceMaintenanceOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstanceMetadataDefaultsResult modifyInstanceMetadataDefaults(RequestContext context, ModifyInstanceMetadataDefaultsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstanceMetadataOptionsResult modifyInstanceMetadataOptions(RequestContext context, ModifyInstanceMetadataOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstanceNetworkPerformanceResult modifyInstanceNetworkPerformanceOptions(RequestContext context, ModifyInstanceNetworkPerformanceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyInstancePlacementResult modifyInstancePlacement(RequestContext context, ModifyInstancePlacementRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyIpamResult modifyIpam(RequestContext context, ModifyIpamRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyIpamPolicyAllocationRulesResult modifyIpamPolicyAllocationRules(RequestContext context, ModifyIpamPolicyAllocationRulesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyIpamPoolResult modifyIpamPool(RequestContext context, ModifyIpamPoolRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyIpamPoolAllocationResult modifyIpamPoolAllocation(RequestContext context, ModifyIpamPoolAllocationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyIpamPrefixListResolverResult modifyIpamPrefixListResolver(RequestContext context, ModifyIpamPrefixListResolverRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyIpamPrefixListResolverTargetResult modifyIpamPrefixListResolverTarget(RequestContext context, ModifyIpamPrefixListResolverTargetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyIpamResourceCidrResult modifyIpamResourceCidr(RequestContext context, ModifyIpamResourceCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyIpamResourceDiscoveryResult modifyIpamResourceDiscovery(RequestContext context, ModifyIpamResourceDiscoveryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyIpamScopeResult modifyIpamScope(RequestContext context, ModifyIpamScopeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyLaunchTemplateResult modifyLaunchTemplate(RequestContext context, ModifyLaunchTemplateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyLocalGatewayRouteResult modifyLocalGatewayRoute(RequestContext context, ModifyLocalGatewayRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyManagedPrefixListResult modifyManagedPrefixList(RequestContext context, ModifyManagedPrefixListRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyManagedResourceVisibilityResult modifyManagedResourceVisibility(RequestContext context, ModifyManagedResourceVisibilityRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void modifyNetworkInterfaceAttribute(RequestContext context, ModifyNetworkInterfaceAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyPrivateDnsNameOptionsResult modifyPrivateDnsNameOptions(RequestContext context, ModifyPrivateDnsNameOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyPublicIpDnsNameOptionsResult modifyPublicIpDnsNameOptions(RequestContext context, ModifyPublicIpDnsNameOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyReservedInstancesResult modifyReservedInstances(RequestContext context, ModifyReservedInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyRouteServerResult modifyRouteServer(RequestContext context, ModifyRouteServerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifySecurityGroupRulesResult modifySecurityGroupRules(RequestContext context, ModifySecurityGroupRulesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void modifySnapshotAttribute(RequestContext context, ModifySnapshotAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifySnapshotTierResult modifySnapshotTier(RequestContext context, ModifySnapshotTierRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifySpotFleetRequestResponse modifySpotFleetRequest(RequestContext context, ModifySpotFleetRequestRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void modifySubnetAttribute(RequestContext context, ModifySubnetAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyTrafficMirrorFilterNetworkServicesResult modifyTrafficMirrorFilterNetworkServices(RequestContext context, ModifyTrafficMirrorFilterNetworkServicesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyTrafficMirrorFilterRuleResult modifyTrafficMirrorFilterRule(RequestContext context, ModifyTrafficMirrorFilterRuleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyTrafficMirrorSessionResult modifyTrafficMirrorSession(RequestContext context, ModifyTrafficMirrorSessionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyTransitGatewayResult modifyTransitGateway(RequestContext context, ModifyTransitGatewayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyTransitGatewayMeteringPolicyResult modifyTransitGatewayMeteringPolicy(RequestContext context, ModifyTransitGatewayMeteringPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyTransitGatewayPrefixListReferenceResult modifyTransitGatewayPrefixListReference(RequestContext context, ModifyTransitGatewayPrefixListReferenceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyTransitGatewayVpcAttachmentResult modifyTransitGatewayVpcAttachment(RequestContext context, ModifyTransitGatewayVpcAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVerifiedAccessEndpointResult modifyVerifiedAccessEndpoint(RequestContext context, ModifyVerifiedAccessEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVerifiedAccessEndpointPolicyResult modifyVerifiedAccessEndpointPolicy(RequestContext context, ModifyVerifiedAccessEndpointPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVerifiedAccessGroupResult modifyVerifiedAccessGroup(RequestContext context, ModifyVerifiedAccessGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVerifiedAccessGroupPolicyResult modifyVerifiedAccessGroupPolicy(RequestContext context, ModifyVerifiedAccessGroupPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVerifiedAccessInstanceResult modifyVerifiedAccessInstance(RequestContext context, ModifyVerifiedAccessInstanceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVerifiedAccessInstanceLoggingConfigurationResult modifyVerifiedAccessInstanceLoggingConfiguration(RequestContext context, ModifyVerifiedAccessInstanceLoggingConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVerifiedAccessTrustProviderResult modifyVerifiedAccessTrustProvider(RequestContext context, ModifyVerifiedAccessTrustProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVolumeResult modifyVolume(RequestContext context, ModifyVolumeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void modifyVolumeAttribute(RequestContext context, ModifyVolumeAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void modifyVpcAttribute(RequestContext context, ModifyVpcAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpcBlockPublicAccessExclusionResult modifyVpcBlockPublicAccessExclusion(RequestContext context, ModifyVpcBlockPublicAccessExclusionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpcBlockPublicAccessOptionsResult modifyVpcBlockPublicAccessOptions(RequestContext context, ModifyVpcBlockPublicAccessOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpcEncryptionControlResult modifyVpcEncryptionControl(RequestContext context, ModifyVpcEncryptionControlRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpcEndpointResult modifyVpcEndpoint(RequestContext context, ModifyVpcEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpcEndpointConnectionNotificationResult modifyVpcEndpointConnectionNotification(RequestContext context, ModifyVpcEndpointConnectionNotificationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpcEndpointServiceConfigurationResult modifyVpcEndpointServiceConfiguration(RequestContext context, ModifyVpcEndpointServiceConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpcEndpointServicePayerResponsibilityResult modifyVpcEndpointServicePayerResponsibility(RequestContext context, ModifyVpcEndpointServicePayerResponsibilityRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpcEndpointServicePermissionsResult modifyVpcEndpointServicePermissions(RequestContext context, ModifyVpcEndpointServicePermissionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpcPeeringConnectionOptionsResult modifyVpcPeeringConnectionOptions(RequestContext context, ModifyVpcPeeringConnectionOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpcTenancyResult modifyVpcTenancy(RequestContext context, ModifyVpcTenancyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpnConnectionResult modifyVpnConnection(RequestContext context, ModifyVpnConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpnConnectionOptionsResult modifyVpnConnectionOptions(RequestContext context, ModifyVpnConnectionOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpnTunnelCertificateResult modifyVpnTunnelCertificate(RequestContext context, ModifyVpnTunnelCertificateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyVpnTunnelOptionsResult modifyVpnTunnelOptions(RequestContext context, ModifyVpnTunnelOptionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default MonitorInstancesResult monitorInstances(RequestContext context, MonitorInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default MoveAddressToVpcResult moveAddressToVpc(RequestContext context, MoveAddressToVpcRequest input) {
        throw AwsException.notImplemented(context);
    }

    default MoveByoipCidrToIpamResult moveByoipCidrToIpam(RequestContext context, MoveByoipCidrToIpamRequest input) {
        throw AwsException.notImplemented(context);
    }

    default MoveCapacityReservationInstancesResult moveCapacityReservationInstances(RequestContext context, MoveCapacityReservationInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ProvisionByoipCidrResult provisionByoipCidr(RequestContext context, ProvisionByoipCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ProvisionIpamByoasnResult provisionIpamByoasn(RequestContext context, ProvisionIpamByoasnRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ProvisionIpamPoolCidrResult provisionIpamPoolCidr(RequestContext context, ProvisionIpamPoolCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ProvisionPublicIpv4PoolCidrResult provisionPublicIpv4PoolCidr(RequestContext context, ProvisionPublicIpv4PoolCidrRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PurchaseCapacityBlockResult purchaseCapacityBlock(RequestContext context, PurchaseCapacityBlockRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PurchaseCapacityBlockExtensionResult purchaseCapacityBlockExtension(RequestContext context, PurchaseCapacityBlockExtensionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PurchaseHostReservationResult purchaseHostReservation(RequestContext context, PurchaseHostReservationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PurchaseReservedInstancesOfferingResult purchaseReservedInstancesOffering(RequestContext context, PurchaseReservedInstancesOfferingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PurchaseScheduledInstancesResult purchaseScheduledInstances(RequestContext context, PurchaseScheduledInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void rebootInstances(RequestContext context, RebootInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RegisterImageResult registerImage(RequestContext context, RegisterImageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RegisterInstanceEventNotificationAttributesResult registerInstanceEventNotificationAttributes(RequestContext context, RegisterInstanceEventNotificationAttributesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RegisterTransitGatewayMulticastGroupMembersResult registerTransitGatewayMulticastGroupMembers(RequestContext context, RegisterTransitGatewayMulticastGroupMembersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RegisterTransitGatewayMulticastGroupSourcesResult registerTransitGatewayMulticastGroupSources(RequestContext context, RegisterTransitGatewayMulticastGroupSourcesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RejectCapacityReservationBillingOwnershipResult rejectCapacityReservationBillingOwnership(RequestContext context, RejectCapacityReservationBillingOwnershipRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RejectTransitGatewayClientVpnAttachmentResult rejectTransitGatewayClientVpnAttachment(RequestContext context, RejectTransitGatewayClientVpnAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RejectTransitGatewayMulticastDomainAssociationsResult rejectTransitGatewayMulticastDomainAssociations(RequestContext context, RejectTransitGatewayMulticastDomainAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RejectTransitGatewayPeeringAttachmentResult rejectTransitGatewayPeeringAttachment(RequestContext context, RejectTransitGatewayPeeringAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RejectTransitGatewayVpcAttachmentResult rejectTransitGatewayVpcAttachment(RequestContext context, RejectTransitGatewayVpcAttachmentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RejectVpcEndpointConnectionsResult rejectVpcEndpointConnections(RequestContext context, RejectVpcEndpointConnectionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RejectVpcPeeringConnectionResult rejectVpcPeeringConnection(RequestContext context, RejectVpcPeeringConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void releaseAddress(RequestContext context, ReleaseAddressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReleaseHostsResult releaseHosts(RequestContext context, ReleaseHostsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReleaseIpamPoolAllocationResult releaseIpamPoolAllocation(RequestContext context, ReleaseIpamPoolAllocationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReplaceIamInstanceProfileAssociationResult replaceIamInstanceProfileAssociation(RequestContext context, ReplaceIamInstanceProfileAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReplaceImageCriteriaInAllowedImagesSettingsResult replaceImageCriteriaInAllowedImagesSettings(RequestContext context, ReplaceImageCriteriaInAllowedImagesSettingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReplaceNetworkAclAssociationResult replaceNetworkAclAssociation(RequestContext context, ReplaceNetworkAclAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void replaceNetworkAclEntry(RequestContext context, ReplaceNetworkAclEntryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void replaceRoute(RequestContext context, ReplaceRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReplaceRouteTableAssociationResult replaceRouteTableAssociation(RequestContext context, ReplaceRouteTableAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReplaceTransitGatewayRouteResult replaceTransitGatewayRoute(RequestContext context, ReplaceTransitGatewayRouteRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReplaceVpnTunnelResult replaceVpnTunnel(RequestContext context, ReplaceVpnTunnelRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void reportInstanceStatus(RequestContext context, ReportInstanceStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RequestSpotFleetResponse requestSpotFleet(RequestContext context, RequestSpotFleetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RequestSpotInstancesResult requestSpotInstances(RequestContext context, RequestSpotInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ResetAddressAttributeResult resetAddressAttribute(RequestContext context, ResetAddressAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ResetEbsDefaultKmsKeyIdResult resetEbsDefaultKmsKeyId(RequestContext context, ResetEbsDefaultKmsKeyIdRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ResetFpgaImageAttributeResult resetFpgaImageAttribute(RequestContext context, ResetFpgaImageAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void resetImageAttribute(RequestContext context, ResetImageAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void resetInstanceAttribute(RequestContext context, ResetInstanceAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void resetNetworkInterfaceAttribute(RequestContext context, ResetNetworkInterfaceAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void resetSnapshotAttribute(RequestContext context, ResetSnapshotAttributeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RestoreAddressToClassicResult restoreAddressToClassic(RequestContext context, RestoreAddressToClassicRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RestoreImageFromRecycleBinResult restoreImageFromRecycleBin(RequestContext context, RestoreImageFromRecycleBinRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RestoreManagedPrefixListVersionResult restoreManagedPrefixListVersion(RequestContext context, RestoreManagedPrefixListVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RestoreSnapshotFromRecycleBinResult restoreSnapshotFromRecycleBin(RequestContext context, RestoreSnapshotFromRecycleBinRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RestoreSnapshotTierResult restoreSnapshotTier(RequestContext context, RestoreSnapshotTierRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RestoreVolumeFromRecycleBinResult restoreVolumeFromRecycleBin(RequestContext context, RestoreVolumeFromRecycleBinRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RevokeClientVpnIngressResult revokeClientVpnIngress(RequestContext context, RevokeClientVpnIngressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RevokeSecurityGroupEgressResult revokeSecurityGroupEgress(RequestContext context, RevokeSecurityGroupEgressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RevokeSecurityGroupIngressResult revokeSecurityGroupIngress(RequestContext context, RevokeSecurityGroupIngressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default Reservation runInstances(RequestContext context, RunInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RunScheduledInstancesResult runScheduledInstances(RequestContext context, RunScheduledInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SearchLocalGatewayRoutesResult searchLocalGatewayRoutes(RequestContext context, SearchLocalGatewayRoutesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SearchTransitGatewayMulticastGroupsResult searchTransitGatewayMulticastGroups(RequestContext context, SearchTransitGatewayMulticastGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SearchTransitGatewayRoutesResult searchTransitGatewayRoutes(RequestContext context, SearchTransitGatewayRoutesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void sendDiagnosticInterrupt(RequestContext context, SendDiagnosticInterruptRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartDeclarativePoliciesReportResult startDeclarativePoliciesReport(RequestContext context, StartDeclarativePoliciesReportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartInstancesResult startInstances(RequestContext context, StartInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartNetworkInsightsAccessScopeAnalysisResult startNetworkInsightsAccessScopeAnalysis(RequestContext context, StartNetworkInsightsAccessScopeAnalysisRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartNetworkInsightsAnalysisResult startNetworkInsightsAnalysis(RequestContext context, StartNetworkInsightsAnalysisRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartVpcEndpointServicePrivateDnsVerificationResult startVpcEndpointServicePrivateDnsVerification(RequestContext context, StartVpcEndpointServicePrivateDnsVerificationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StopInstancesResult stopInstances(RequestContext context, StopInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default TerminateClientVpnConnectionsResult terminateClientVpnConnections(RequestContext context, TerminateClientVpnConnectionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default TerminateInstancesResult terminateInstances(RequestContext context, TerminateInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UnassignIpv6AddressesResult unassignIpv6Addresses(RequestContext context, UnassignIpv6AddressesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void unassignPrivateIpAddresses(RequestContext context, UnassignPrivateIpAddressesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UnassignPrivateNatGatewayAddressResult unassignPrivateNatGatewayAddress(RequestContext context, UnassignPrivateNatGatewayAddressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UnlockSnapshotResult unlockSnapshot(RequestContext context, UnlockSnapshotRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UnmonitorInstancesResult unmonitorInstances(RequestContext context, UnmonitorInstancesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateCapacityManagerMonitoredTagKeysResult updateCapacityManagerMonitoredTagKeys(RequestContext context, UpdateCapacityManagerMonitoredTagKeysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateCapacityManagerOrganizationsAccessResult updateCapacityManagerOrganizationsAccess(RequestContext context, UpdateCapacityManagerOrganizationsAccessRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateInterruptibleCapacityReservationAllocationResult updateInterruptibleCapacityReservationAllocation(RequestContext context, UpdateInterruptibleCapacityReservationAllocationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateSecurityGroupRuleDescriptionsEgressResult updateSecurityGroupRuleDescriptionsEgress(RequestContext context, UpdateSecurityGroupRuleDescriptionsEgressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateSecurityGroupRuleDescriptionsIngressResult updateSecurityGroupRuleDescriptionsIngress(RequestContext context, UpdateSecurityGroupRuleDescriptionsIngressRequest input) {
        throw AwsException.notImplemented(context);
    }

    default WithdrawByoipCidrResult withdrawByoipCidr(RequestContext context, WithdrawByoipCidrRequest input) {
        throw AwsException.notImplemented(context);
    }
}
