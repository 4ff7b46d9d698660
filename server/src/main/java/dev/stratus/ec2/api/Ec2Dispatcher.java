// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class Ec2Dispatcher implements ServiceDispatcher {
    private final Ec2Api api;

    public Ec2Dispatcher(Ec2Api api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AcceptAddressTransfer":
                return api.acceptAddressTransfer(context, Json.read(input, AcceptAddressTransferRequest.class));
            case "AcceptCapacityReservationBillingOwnership":
                return api.acceptCapacityReservationBillingOwnership(context, Json.read(input, AcceptCapacityReservationBillingOwnershipRequest.class));
            case "AcceptReservedInstancesExchangeQuote":
                return api.acceptReservedInstancesExchangeQuote(context, Json.read(input, AcceptReservedInstancesExchangeQuoteRequest.class));
            case "AcceptTransitGatewayClientVpnAttachment":
                return api.acceptTransitGatewayClientVpnAttachment(context, Json.read(input, AcceptTransitGatewayClientVpnAttachmentRequest.class));
            case "AcceptTransitGatewayMulticastDomainAssociations":
                return api.acceptTransitGatewayMulticastDomainAssociations(context, Json.read(input, AcceptTransitGatewayMulticastDomainAssociationsRequest.class));
            case "AcceptTransitGatewayPeeringAttachment":
                return api.acceptTransitGatewayPeeringAttachment(context, Json.read(input, AcceptTransitGatewayPeeringAttachmentRequest.class));
            case "AcceptTransitGatewayVpcAttachment":
                return api.acceptTransitGatewayVpcAttachment(context, Json.read(input, AcceptTransitGatewayVpcAttachmentRequest.class));
            case "AcceptVpcEndpointConnections":
                return api.acceptVpcEndpointConnections(context, Json.read(input, AcceptVpcEndpointConnectionsRequest.class));
            case "AcceptVpcPeeringConnection":
                return api.acceptVpcPeeringConnection(context, Json.read(input, AcceptVpcPeeringConnectionRequest.class));
            case "AdvertiseByoipCidr":
                return api.advertiseByoipCidr(context, Json.read(input, AdvertiseByoipCidrRequest.class));
            case "AllocateAddress":
                return api.allocateAddress(context, Json.read(input, AllocateAddressRequest.class));
            case "AllocateHosts":
                return api.allocateHosts(context, Json.read(input, AllocateHostsRequest.class));
            case "AllocateIpamPoolCidr":
                return api.allocateIpamPoolCidr(context, Json.read(input, AllocateIpamPoolCidrRequest.class));
            case "ApplySecurityGroupsToClientVpnTargetNetwork":
                return api.applySecurityGroupsToClientVpnTargetNetwork(context, Json.read(input, ApplySecurityGroupsToClientVpnTargetNetworkRequest.class));
            case "AssignIpv6Addresses":
                return api.assignIpv6Addresses(context, Json.read(input, AssignIpv6AddressesRequest.class));
            case "AssignPrivateIpAddresses":
                return api.assignPrivateIpAddresses(context, Json.read(input, AssignPrivateIpAddressesRequest.class));
            case "AssignPrivateNatGatewayAddress":
                return api.assignPrivateNatGatewayAddress(context, Json.read(input, AssignPrivateNatGatewayAddressRequest.class));
            case "AssociateAddress":
                return api.associateAddress(context, Json.read(input, AssociateAddressRequest.class));
            case "AssociateCapacityReservationBillingOwner":
                return api.associateCapacityReservationBillingOwner(context, Json.read(input, AssociateCapacityReservationBillingOwnerRequest.class));
            case "AssociateClientVpnTargetNetwork":
                return api.associateClientVpnTargetNetwork(context, Json.read(input, AssociateClientVpnTargetNetworkRequest.class));
            case "AssociateDhcpOptions":
                api.associateDhcpOptions(context, Json.read(input, AssociateDhcpOptionsRequest.class));
                return null;
            case "AssociateEnclaveCertificateIamRole":
                return api.associateEnclaveCertificateIamRole(context, Json.read(input, AssociateEnclaveCertificateIamRoleRequest.class));
            case "AssociateIamInstanceProfile":
                return api.associateIamInstanceProfile(context, Json.read(input, AssociateIamInstanceProfileRequest.class));
            case "AssociateInstanceEventWindow":
                return api.associateInstanceEventWindow(context, Json.read(input, AssociateInstanceEventWindowRequest.class));
            case "AssociateIpamByoasn":
                return api.associateIpamByoasn(context, Json.read(input, AssociateIpamByoasnRequest.class));
            case "AssociateIpamResourceDiscovery":
                return api.associateIpamResourceDiscovery(context, Json.read(input, AssociateIpamResourceDiscoveryRequest.class));
            case "AssociateNatGatewayAddress":
                return api.associateNatGatewayAddress(context, Json.read(input, AssociateNatGatewayAddressRequest.class));
            case "AssociateRouteServer":
                return api.associateRouteServer(context, Json.read(input, AssociateRouteServerRequest.class));
            case "AssociateRouteTable":
                return api.associateRouteTable(context, Json.read(input, AssociateRouteTableRequest.class));
            case "AssociateSecurityGroupVpc":
                return api.associateSecurityGroupVpc(context, Json.read(input, AssociateSecurityGroupVpcRequest.class));
            case "AssociateSubnetCidrBlock":
                return api.associateSubnetCidrBlock(context, Json.read(input, AssociateSubnetCidrBlockRequest.class));
            case "AssociateTransitGatewayMulticastDomain":
                return api.associateTransitGatewayMulticastDomain(context, Json.read(input, AssociateTransitGatewayMulticastDomainRequest.class));
            case "AssociateTransitGatewayPolicyTable":
                return api.associateTransitGatewayPolicyTable(context, Json.read(input, AssociateTransitGatewayPolicyTableRequest.class));
            case "AssociateTransitGatewayRouteTable":
                return api.associateTransitGatewayRouteTable(context, Json.read(input, AssociateTransitGatewayRouteTableRequest.class));
            case "AssociateTrunkInterface":
                return api.associateTrunkInterface(context, Json.read(input, AssociateTrunkInterfaceRequest.class));
            case "AssociateVpcCidrBlock":
                return api.associateVpcCidrBlock(context, Json.read(input, AssociateVpcCidrBlockRequest.class));
            case "AttachClassicLinkVpc":
                return api.attachClassicLinkVpc(context, Json.read(input, AttachClassicLinkVpcRequest.class));
            case "AttachInternetGateway":
                api.attachInternetGateway(context, Json.read(input, AttachInternetGatewayRequest.class));
                return null;
            case "AttachNetworkInterface":
                return api.attachNetworkInterface(context, Json.read(input, AttachNetworkInterfaceRequest.class));
            case "AttachVerifiedAccessTrustProvider":
                return api.attachVerifiedAccessTrustProvider(context, Json.read(input, AttachVerifiedAccessTrustProviderRequest.class));
            case "AttachVolume":
                return api.attachVolume(context, Json.read(input, AttachVolumeRequest.class));
            case "AttachVpnGateway":
                return api.attachVpnGateway(context, Json.read(input, AttachVpnGatewayRequest.class));
            case "AuthorizeClientVpnIngress":
                return api.authorizeClientVpnIngress(context, Json.read(input, AuthorizeClientVpnIngressRequest.class));
            case "AuthorizeSecurityGroupEgress":
                return api.authorizeSecurityGroupEgress(context, Json.read(input, AuthorizeSecurityGroupEgressRequest.class));
            case "AuthorizeSecurityGroupIngress":
                return api.authorizeSecurityGroupIngress(context, Json.read(input, AuthorizeSecurityGroupIngressRequest.class));
            case "BundleInstance":
                return api.bundleInstance(context, Json.read(input, BundleInstanceRequest.class));
            case "CancelBundleTask":
                return api.cancelBundleTask(context, Json.read(input, CancelBundleTaskRequest.class));
            case "CancelCapacityReservation":
                return api.cancelCapacityReservation(context, Json.read(input, CancelCapacityReservationRequest.class));
            case "CancelCapacityReservationFleets":
                return api.cancelCapacityReservationFleets(context, Json.read(input, CancelCapacityReservationFleetsRequest.class));
            case "CancelConversionTask":
                api.cancelConversionTask(context, Json.read(input, CancelConversionRequest.class));
                return null;
            case "CancelDeclarativePoliciesReport":
                return api.cancelDeclarativePoliciesReport(context, Json.read(input, CancelDeclarativePoliciesReportRequest.class));
            case "CancelExportTask":
                api.cancelExportTask(context, Json.read(input, CancelExportTaskRequest.class));
                return null;
            case "CancelImageLaunchPermission":
                return api.cancelImageLaunchPermission(context, Json.read(input, CancelImageLaunchPermissionRequest.class));
            case "CancelImportTask":
                return api.cancelImportTask(context, Json.read(input, CancelImportTaskRequest.class));
            case "CancelReservedInstancesListing":
                return api.cancelReservedInstancesListing(context, Json.read(input, CancelReservedInstancesListingRequest.class));
            case "CancelSpotFleetRequests":
                return api.cancelSpotFleetRequests(context, Json.read(input, CancelSpotFleetRequestsRequest.class));
            case "CancelSpotInstanceRequests":
                return api.cancelSpotInstanceRequests(context, Json.read(input, CancelSpotInstanceRequestsRequest.class));
            case "ConfirmProductInstance":
                return api.confirmProductInstance(context, Json.read(input, ConfirmProductInstanceRequest.class));
            case "CopyFpgaImage":
                return api.copyFpgaImage(context, Json.read(input, CopyFpgaImageRequest.class));
            case "CopyImage":
                return api.copyImage(context, Json.read(input, CopyImageRequest.class));
            case "CopySnapshot":
                return api.copySnapshot(context, Json.read(input, CopySnapshotRequest.class));
            case "CopyVolumes":
                return api.copyVolumes(context, Json.read(input, CopyVolumesRequest.class));
            case "CreateCapacityManagerDataExport":
                return api.createCapacityManagerDataExport(context, Json.read(input, CreateCapacityManagerDataExportRequest.class));
            case "CreateCapacityReservation":
                return api.createCapacityReservation(context, Json.read(input, CreateCapacityReservationRequest.class));
            case "CreateCapacityReservationBySplitting":
                return api.createCapacityReservationBySplitting(context, Json.read(input, CreateCapacityReservationBySplittingRequest.class));
            case "CreateCapacityReservationFleet":
                return api.createCapacityReservationFleet(context, Json.read(input, CreateCapacityReservationFleetRequest.class));
            case "CreateCarrierGateway":
                return api.createCarrierGateway(context, Json.read(input, CreateCarrierGatewayRequest.class));
            case "CreateClientVpnEndpoint":
                return api.createClientVpnEndpoint(context, Json.read(input, CreateClientVpnEndpointRequest.class));
            case "CreateClientVpnRoute":
                return api.createClientVpnRoute(context, Json.read(input, CreateClientVpnRouteRequest.class));
            case "CreateCoipCidr":
                return api.createCoipCidr(context, Json.read(input, CreateCoipCidrRequest.class));
            case "CreateCoipPool":
                return api.createCoipPool(context, Json.read(input, CreateCoipPoolRequest.class));
            case "CreateCustomerGateway":
                return api.createCustomerGateway(context, Json.read(input, CreateCustomerGatewayRequest.class));
            case "CreateDefaultSubnet":
                return api.createDefaultSubnet(context, Json.read(input, CreateDefaultSubnetRequest.class));
            case "CreateDefaultVpc":
                return api.createDefaultVpc(context, Json.read(input, CreateDefaultVpcRequest.class));
            case "CreateDelegateMacVolumeOwnershipTask":
                return api.createDelegateMacVolumeOwnershipTask(context, Json.read(input, CreateDelegateMacVolumeOwnershipTaskRequest.class));
            case "CreateDhcpOptions":
                return api.createDhcpOptions(context, Json.read(input, CreateDhcpOptionsRequest.class));
            case "CreateEgressOnlyInternetGateway":
                return api.createEgressOnlyInternetGateway(context, Json.read(input, CreateEgressOnlyInternetGatewayRequest.class));
            case "CreateFleet":
                return api.createFleet(context, Json.read(input, CreateFleetRequest.class));
            case "CreateFlowLogs":
                return api.createFlowLogs(context, Json.read(input, CreateFlowLogsRequest.class));
            case "CreateFpgaImage":
                return api.createFpgaImage(context, Json.read(input, CreateFpgaImageRequest.class));
            case "CreateImage":
                return api.createImage(context, Json.read(input, CreateImageRequest.class));
            case "CreateImageUsageReport":
                return api.createImageUsageReport(context, Json.read(input, CreateImageUsageReportRequest.class));
            case "CreateInstanceConnectEndpoint":
                return api.createInstanceConnectEndpoint(context, Json.read(input, CreateInstanceConnectEndpointRequest.class));
            case "CreateInstanceEventWindow":
                return api.createInstanceEventWindow(context, Json.read(input, CreateInstanceEventWindowRequest.class));
            case "CreateInstanceExportTask":
                return api.createInstanceExportTask(context, Json.read(input, CreateInstanceExportTaskRequest.class));
            case "CreateInternetGateway":
                return api.createInternetGateway(context, Json.read(input, CreateInternetGatewayRequest.class));
            case "CreateInterruptibleCapacityReservationAllocation":
                return api.createInterruptibleCapacityReservationAllocation(context, Json.read(input, CreateInterruptibleCapacityReservationAllocationRequest.class));
            case "CreateIpam":
                return api.createIpam(context, Json.read(input, CreateIpamRequest.class));
            case "CreateIpamExternalResourceVerificationToken":
                return api.createIpamExternalResourceVerificationToken(context, Json.read(input, CreateIpamExternalResourceVerificationTokenRequest.class));
            case "CreateIpamPolicy":
                return api.createIpamPolicy(context, Json.read(input, CreateIpamPolicyRequest.class));
            case "CreateIpamPool":
                return api.createIpamPool(context, Json.read(input, CreateIpamPoolRequest.class));
            case "CreateIpamPrefixListResolver":
                return api.createIpamPrefixListResolver(context, Json.read(input, CreateIpamPrefixListResolverRequest.class));
            case "CreateIpamPrefixListResolverTarget":
                return api.createIpamPrefixListResolverTarget(context, Json.read(input, CreateIpamPrefixListResolverTargetRequest.class));
            case "CreateIpamResourceDiscovery":
                return api.createIpamResourceDiscovery(context, Json.read(input, CreateIpamResourceDiscoveryRequest.class));
            case "CreateIpamScope":
                return api.createIpamScope(context, Json.read(input, CreateIpamScopeRequest.class));
            case "CreateKeyPair":
                return api.createKeyPair(context, Json.read(input, CreateKeyPairRequest.class));
            case "CreateLaunchTemplate":
                return api.createLaunchTemplate(context, Json.read(input, CreateLaunchTemplateRequest.class));
            case "CreateLaunchTemplateVersion":
                return api.createLaunchTemplateVersion(context, Json.read(input, CreateLaunchTemplateVersionRequest.class));
            case "CreateLocalGatewayRoute":
                return api.createLocalGatewayRoute(context, Json.read(input, CreateLocalGatewayRouteRequest.class));
            case "CreateLocalGatewayRouteTable":
                return api.createLocalGatewayRouteTable(context, Json.read(input, CreateLocalGatewayRouteTableRequest.class));
            case "CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation":
                return api.createLocalGatewayRouteTableVirtualInterfaceGroupAssociation(context, Json.read(input, CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationRequest.class));
            case "CreateLocalGatewayRouteTableVpcAssociation":
                return api.createLocalGatewayRouteTableVpcAssociation(context, Json.read(input, CreateLocalGatewayRouteTableVpcAssociationRequest.class));
            case "CreateLocalGatewayVirtualInterface":
                return api.createLocalGatewayVirtualInterface(context, Json.read(input, CreateLocalGatewayVirtualInterfaceRequest.class));
            case "CreateLocalGatewayVirtualInterfaceGroup":
                return api.createLocalGatewayVirtualInterfaceGroup(context, Json.read(input, CreateLocalGatewayVirtualInterfaceGroupRequest.class));
            case "CreateMacSystemIntegrityProtectionModificationTask":
                return api.createMacSystemIntegrityProtectionModificationTask(context, Json.read(input, CreateMacSystemIntegrityProtectionModificationTaskRequest.class));
            case "CreateManagedPrefixList":
                return api.createManagedPrefixList(context, Json.read(input, CreateManagedPrefixListRequest.class));
            case "CreateNatGateway":
                return api.createNatGateway(context, Json.read(input, CreateNatGatewayRequest.class));
            case "CreateNetworkAcl":
                return api.createNetworkAcl(context, Json.read(input, CreateNetworkAclRequest.class));
            case "CreateNetworkAclEntry":
                api.createNetworkAclEntry(context, Json.read(input, CreateNetworkAclEntryRequest.class));
                return null;
            case "CreateNetworkInsightsAccessScope":
                return api.createNetworkInsightsAccessScope(context, Json.read(input, CreateNetworkInsightsAccessScopeRequest.class));
            case "CreateNetworkInsightsPath":
                return api.createNetworkInsightsPath(context, Json.read(input, CreateNetworkInsightsPathRequest.class));
            case "CreateNetworkInterface":
                return api.createNetworkInterface(context, Json.read(input, CreateNetworkInterfaceRequest.class));
            case "CreateNetworkInterfacePermission":
                return api.createNetworkInterfacePermission(context, Json.read(input, CreateNetworkInterfacePermissionRequest.class));
            case "CreatePlacementGroup":
                return api.createPlacementGroup(context, Json.read(input, CreatePlacementGroupRequest.class));
            case "CreatePublicIpv4Pool":
                return api.createPublicIpv4Pool(context, Json.read(input, CreatePublicIpv4PoolRequest.class));
            case "CreateReplaceRootVolumeTask":
                return api.createReplaceRootVolumeTask(context, Json.read(input, CreateReplaceRootVolumeTaskRequest.class));
            case "CreateReservedInstancesListing":
                return api.createReservedInstancesListing(context, Json.read(input, CreateReservedInstancesListingRequest.class));
            case "CreateRestoreImageTask":
                return api.createRestoreImageTask(context, Json.read(input, CreateRestoreImageTaskRequest.class));
            case "CreateRoute":
                return api.createRoute(context, Json.read(input, CreateRouteRequest.class));
            case "CreateRouteServer":
                return api.createRouteServer(context, Json.read(input, CreateRouteServerRequest.class));
            case "CreateRouteServerEndpoint":
                return api.createRouteServerEndpoint(context, Json.read(input, CreateRouteServerEndpointRequest.class));
            case "CreateRouteServerPeer":
                return api.createRouteServerPeer(context, Json.read(input, CreateRouteServerPeerRequest.class));
            case "CreateRouteTable":
                return api.createRouteTable(context, Json.read(input, CreateRouteTableRequest.class));
            case "CreateSecondaryNetwork":
                return api.createSecondaryNetwork(context, Json.read(input, CreateSecondaryNetworkRequest.class));
            case "CreateSecondarySubnet":
                return api.createSecondarySubnet(context, Json.read(input, CreateSecondarySubnetRequest.class));
            case "CreateSecurityGroup":
                return api.createSecurityGroup(context, Json.read(input, CreateSecurityGroupRequest.class));
            case "CreateSnapshot":
                return api.createSnapshot(context, Json.read(input, CreateSnapshotRequest.class));
            case "CreateSnapshots":
                return api.createSnapshots(context, Json.read(input, CreateSnapshotsRequest.class));
            case "CreateSpotDatafeedSubscription":
                return api.createSpotDatafeedSubscription(context, Json.read(input, CreateSpotDatafeedSubscriptionRequest.class));
            case "CreateStoreImageTask":
                return api.createStoreImageTask(context, Json.read(input, CreateStoreImageTaskRequest.class));
            case "CreateSubnet":
                return api.createSubnet(context, Json.read(input, CreateSubnetRequest.class));
            case "CreateSubnetCidrReservation":
                return api.createSubnetCidrReservation(context, Json.read(input, CreateSubnetCidrReservationRequest.class));
            case "CreateTags":
                api.createTags(context, Json.read(input, CreateTagsRequest.class));
                return null;
            case "CreateTrafficMirrorFilter":
                return api.createTrafficMirrorFilter(context, Json.read(input, CreateTrafficMirrorFilterRequest.class));
            case "CreateTrafficMirrorFilterRule":
                return api.createTrafficMirrorFilterRule(context, Json.read(input, CreateTrafficMirrorFilterRuleRequest.class));
            case "CreateTrafficMirrorSession":
                return api.createTrafficMirrorSession(context, Json.read(input, CreateTrafficMirrorSessionRequest.class));
            case "CreateTrafficMirrorTarget":
                return api.createTrafficMirrorTarget(context, Json.read(input, CreateTrafficMirrorTargetRequest.class));
            case "CreateTransitGateway":
                return api.createTransitGateway(context, Json.read(input, CreateTransitGatewayRequest.class));
            case "CreateTransitGatewayConnect":
                return api.createTransitGatewayConnect(context, Json.read(input, CreateTransitGatewayConnectRequest.class));
            case "CreateTransitGatewayConnectPeer":
                return api.createTransitGatewayConnectPeer(context, Json.read(input, CreateTransitGatewayConnectPeerRequest.class));
            case "CreateTransitGatewayMeteringPolicy":
                return api.createTransitGatewayMeteringPolicy(context, Json.read(input, CreateTransitGatewayMeteringPolicyRequest.class));
            case "CreateTransitGatewayMeteringPolicyEntry":
                return api.createTransitGatewayMeteringPolicyEntry(context, Json.read(input, CreateTransitGatewayMeteringPolicyEntryRequest.class));
            case "CreateTransitGatewayMulticastDomain":
                return api.createTransitGatewayMulticastDomain(context, Json.read(input, CreateTransitGatewayMulticastDomainRequest.class));
            case "CreateTransitGatewayPeeringAttachment":
                return api.createTransitGatewayPeeringAttachment(context, Json.read(input, CreateTransitGatewayPeeringAttachmentRequest.class));
            case "CreateTransitGatewayPolicyTable":
                return api.createTransitGatewayPolicyTable(context, Json.read(input, CreateTransitGatewayPolicyTableRequest.class));
            case "CreateTransitGatewayPrefixListReference":
                return api.createTransitGatewayPrefixListReference(context, Json.read(input, CreateTransitGatewayPrefixListReferenceRequest.class));
            case "CreateTransitGatewayRoute":
                return api.createTransitGatewayRoute(context, Json.read(input, CreateTransitGatewayRouteRequest.class));
            case "CreateTransitGatewayRouteTable":
                return api.createTransitGatewayRouteTable(context, Json.read(input, CreateTransitGatewayRouteTableRequest.class));
            case "CreateTransitGatewayRouteTableAnnouncement":
                return api.createTransitGatewayRouteTableAnnouncement(context, Json.read(input, CreateTransitGatewayRouteTableAnnouncementRequest.class));
            case "CreateTransitGatewayVpcAttachment":
                return api.createTransitGatewayVpcAttachment(context, Json.read(input, CreateTransitGatewayVpcAttachmentRequest.class));
            case "CreateVerifiedAccessEndpoint":
                return api.createVerifiedAccessEndpoint(context, Json.read(input, CreateVerifiedAccessEndpointRequest.class));
            case "CreateVerifiedAccessGroup":
                return api.createVerifiedAccessGroup(context, Json.read(input, CreateVerifiedAccessGroupRequest.class));
            case "CreateVerifiedAccessInstance":
                return api.createVerifiedAccessInstance(context, Json.read(input, CreateVerifiedAccessInstanceRequest.class));
            case "CreateVerifiedAccessTrustProvider":
                return api.createVerifiedAccessTrustProvider(context, Json.read(input, CreateVerifiedAccessTrustProviderRequest.class));
            case "CreateVolume":
                return api.createVolume(context, Json.read(input, CreateVolumeRequest.class));
            case "CreateVpc":
                return api.createVpc(context, Json.read(input, CreateVpcRequest.class));
            case "CreateVpcBlockPublicAccessExclusion":
                return api.createVpcBlockPublicAccessExclusion(context, Json.read(input, CreateVpcBlockPublicAccessExclusionRequest.class));
            case "CreateVpcEncryptionControl":
                return api.createVpcEncryptionControl(context, Json.read(input, CreateVpcEncryptionControlRequest.class));
            case "CreateVpcEndpoint":
                return api.createVpcEndpoint(context, Json.read(input, CreateVpcEndpointRequest.class));
            case "CreateVpcEndpointConnectionNotification":
                return api.createVpcEndpointConnectionNotification(context, Json.read(input, CreateVpcEndpointConnectionNotificationRequest.class));
            case "CreateVpcEndpointServiceConfiguration":
                return api.createVpcEndpointServiceConfiguration(context, Json.read(input, CreateVpcEndpointServiceConfigurationRequest.class));
            case "CreateVpcPeeringConnection":
                return api.createVpcPeeringConnection(context, Json.read(input, CreateVpcPeeringConnectionRequest.class));
            case "CreateVpnConcentrator":
                return api.createVpnConcentrator(context, Json.read(input, CreateVpnConcentratorRequest.class));
            case "CreateVpnConnection":
                return api.createVpnConnection(context, Json.read(input, CreateVpnConnectionRequest.class));
            case "CreateVpnConnectionRoute":
                api.createVpnConnectionRoute(context, Json.read(input, CreateVpnConnectionRouteRequest.class));
                return null;
            case "CreateVpnGateway":
                return api.createVpnGateway(context, Json.read(input, CreateVpnGatewayRequest.class));
            case "DeleteCapacityManagerDataExport":
                return api.deleteCapacityManagerDataExport(context, Json.read(input, DeleteCapacityManagerDataExportRequest.class));
            case "DeleteCarrierGateway":
                return api.deleteCarrierGateway(context, Json.read(input, DeleteCarrierGatewayRequest.class));
            case "DeleteClientVpnEndpoint":
                return api.deleteClientVpnEndpoint(context, Json.read(input, DeleteClientVpnEndpointRequest.class));
            case "DeleteClientVpnRoute":
                return api.deleteClientVpnRoute(context, Json.read(input, DeleteClientVpnRouteRequest.class));
            case "DeleteCoipCidr":
                return api.deleteCoipCidr(context, Json.read(input, DeleteCoipCidrRequest.class));
            case "DeleteCoipPool":
                return api.deleteCoipPool(context, Json.read(input, DeleteCoipPoolRequest.class));
            case "DeleteCustomerGateway":
                api.deleteCustomerGateway(context, Json.read(input, DeleteCustomerGatewayRequest.class));
                return null;
            case "DeleteDhcpOptions":
                api.deleteDhcpOptions(context, Json.read(input, DeleteDhcpOptionsRequest.class));
                return null;
            case "DeleteEgressOnlyInternetGateway":
                return api.deleteEgressOnlyInternetGateway(context, Json.read(input, DeleteEgressOnlyInternetGatewayRequest.class));
            case "DeleteFleets":
                return api.deleteFleets(context, Json.read(input, DeleteFleetsRequest.class));
            case "DeleteFlowLogs":
                return api.deleteFlowLogs(context, Json.read(input, DeleteFlowLogsRequest.class));
            case "DeleteFpgaImage":
                return api.deleteFpgaImage(context, Json.read(input, DeleteFpgaImageRequest.class));
            case "DeleteImageUsageReport":
                return api.deleteImageUsageReport(context, Json.read(input, DeleteImageUsageReportRequest.class));
            case "DeleteInstanceConnectEndpoint":
                return api.deleteInstanceConnectEndpoint(context, Json.read(input, DeleteInstanceConnectEndpointRequest.class));
            case "DeleteInstanceEventWindow":
                return api.deleteInstanceEventWindow(context, Json.read(input, DeleteInstanceEventWindowRequest.class));
            case "DeleteInternetGateway":
                api.deleteInternetGateway(context, Json.read(input, DeleteInternetGatewayRequest.class));
                return null;
            case "DeleteIpam":
                return api.deleteIpam(context, Json.read(input, DeleteIpamRequest.class));
            case "DeleteIpamExternalResourceVerificationToken":
                return api.deleteIpamExternalResourceVerificationToken(context, Json.read(input, DeleteIpamExternalResourceVerificationTokenRequest.class));
            case "DeleteIpamPolicy":
                return api.deleteIpamPolicy(context, Json.read(input, DeleteIpamPolicyRequest.class));
            case "DeleteIpamPool":
                return api.deleteIpamPool(context, Json.read(input, DeleteIpamPoolRequest.class));
            case "DeleteIpamPrefixListResolver":
                return api.deleteIpamPrefixListResolver(context, Json.read(input, DeleteIpamPrefixListResolverRequest.class));
            case "DeleteIpamPrefixListResolverTarget":
                return api.deleteIpamPrefixListResolverTarget(context, Json.read(input, DeleteIpamPrefixListResolverTargetRequest.class));
            case "DeleteIpamResourceDiscovery":
                return api.deleteIpamResourceDiscovery(context, Json.read(input, DeleteIpamResourceDiscoveryRequest.class));
            case "DeleteIpamScope":
                return api.deleteIpamScope(context, Json.read(input, DeleteIpamScopeRequest.class));
            case "DeleteKeyPair":
                return api.deleteKeyPair(context, Json.read(input, DeleteKeyPairRequest.class));
            case "DeleteLaunchTemplate":
                return api.deleteLaunchTemplate(context, Json.read(input, DeleteLaunchTemplateRequest.class));
            case "DeleteLaunchTemplateVersions":
                return api.deleteLaunchTemplateVersions(context, Json.read(input, DeleteLaunchTemplateVersionsRequest.class));
            case "DeleteLocalGatewayRoute":
                return api.deleteLocalGatewayRoute(context, Json.read(input, DeleteLocalGatewayRouteRequest.class));
            case "DeleteLocalGatewayRouteTable":
                return api.deleteLocalGatewayRouteTable(context, Json.read(input, DeleteLocalGatewayRouteTableRequest.class));
            case "DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation":
                return api.deleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation(context, Json.read(input, DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationRequest.class));
            case "DeleteLocalGatewayRouteTableVpcAssociation":
                return api.deleteLocalGatewayRouteTableVpcAssociation(context, Json.read(input, DeleteLocalGatewayRouteTableVpcAssociationRequest.class));
            case "DeleteLocalGatewayVirtualInterface":
                return api.deleteLocalGatewayVirtualInterface(context, Json.read(input, DeleteLocalGatewayVirtualInterfaceRequest.class));
            case "DeleteLocalGatewayVirtualInterfaceGroup":
                return api.deleteLocalGatewayVirtualInterfaceGroup(context, Json.read(input, DeleteLocalGatewayVirtualInterfaceGroupRequest.class));
            case "DeleteManagedPrefixList":
                return api.deleteManagedPrefixList(context, Json.read(input, DeleteManagedPrefixListRequest.class));
            case "DeleteNatGateway":
                return api.deleteNatGateway(context, Json.read(input, DeleteNatGatewayRequest.class));
            case "DeleteNetworkAcl":
                api.deleteNetworkAcl(context, Json.read(input, DeleteNetworkAclRequest.class));
                return null;
            case "DeleteNetworkAclEntry":
                api.deleteNetworkAclEntry(context, Json.read(input, DeleteNetworkAclEntryRequest.class));
                return null;
            case "DeleteNetworkInsightsAccessScope":
                return api.deleteNetworkInsightsAccessScope(context, Json.read(input, DeleteNetworkInsightsAccessScopeRequest.class));
            case "DeleteNetworkInsightsAccessScopeAnalysis":
                return api.deleteNetworkInsightsAccessScopeAnalysis(context, Json.read(input, DeleteNetworkInsightsAccessScopeAnalysisRequest.class));
            case "DeleteNetworkInsightsAnalysis":
                return api.deleteNetworkInsightsAnalysis(context, Json.read(input, DeleteNetworkInsightsAnalysisRequest.class));
            case "DeleteNetworkInsightsPath":
                return api.deleteNetworkInsightsPath(context, Json.read(input, DeleteNetworkInsightsPathRequest.class));
            case "DeleteNetworkInterface":
                api.deleteNetworkInterface(context, Json.read(input, DeleteNetworkInterfaceRequest.class));
                return null;
            case "DeleteNetworkInterfacePermission":
                return api.deleteNetworkInterfacePermission(context, Json.read(input, DeleteNetworkInterfacePermissionRequest.class));
            case "DeletePlacementGroup":
                api.deletePlacementGroup(context, Json.read(input, DeletePlacementGroupRequest.class));
                return null;
            case "DeletePublicIpv4Pool":
                return api.deletePublicIpv4Pool(context, Json.read(input, DeletePublicIpv4PoolRequest.class));
            case "DeleteQueuedReservedInstances":
                return api.deleteQueuedReservedInstances(context, Json.read(input, DeleteQueuedReservedInstancesRequest.class));
            case "DeleteRoute":
                api.deleteRoute(context, Json.read(input, DeleteRouteRequest.class));
                return null;
            case "DeleteRouteServer":
                return api.deleteRouteServer(context, Json.read(input, DeleteRouteServerRequest.class));
            case "DeleteRouteServerEndpoint":
                return api.deleteRouteServerEndpoint(context, Json.read(input, DeleteRouteServerEndpointRequest.class));
            case "DeleteRouteServerPeer":
                return api.deleteRouteServerPeer(context, Json.read(input, DeleteRouteServerPeerRequest.class));
            case "DeleteRouteTable":
                api.deleteRouteTable(context, Json.read(input, DeleteRouteTableRequest.class));
                return null;
            case "DeleteSecondaryNetwork":
                return api.deleteSecondaryNetwork(context, Json.read(input, DeleteSecondaryNetworkRequest.class));
            case "DeleteSecondarySubnet":
                return api.deleteSecondarySubnet(context, Json.read(input, DeleteSecondarySubnetRequest.class));
            case "DeleteSecurityGroup":
                return api.deleteSecurityGroup(context, Json.read(input, DeleteSecurityGroupRequest.class));
            case "DeleteSnapshot":
                api.deleteSnapshot(context, Json.read(input, DeleteSnapshotRequest.class));
                return null;
            case "DeleteSpotDatafeedSubscription":
                api.deleteSpotDatafeedSubscription(context, Json.read(input, DeleteSpotDatafeedSubscriptionRequest.class));
                return null;
            case "DeleteSubnet":
                api.deleteSubnet(context, Json.read(input, DeleteSubnetRequest.class));
                return null;
            case "DeleteSubnetCidrReservation":
                return api.deleteSubnetCidrReservation(context, Json.read(input, DeleteSubnetCidrReservationRequest.class));
            case "DeleteTags":
                api.deleteTags(context, Json.read(input, DeleteTagsRequest.class));
                return null;
            case "DeleteTrafficMirrorFilter":
                return api.deleteTrafficMirrorFilter(context, Json.read(input, DeleteTrafficMirrorFilterRequest.class));
            case "DeleteTrafficMirrorFilterRule":
                return api.deleteTrafficMirrorFilterRule(context, Json.read(input, DeleteTrafficMirrorFilterRuleRequest.class));
            case "DeleteTrafficMirrorSession":
                return api.deleteTrafficMirrorSession(context, Json.read(input, DeleteTrafficMirrorSessionRequest.class));
            case "DeleteTrafficMirrorTarget":
                return api.deleteTrafficMirrorTarget(context, Json.read(input, DeleteTrafficMirrorTargetRequest.class));
            case "DeleteTransitGateway":
                return api.deleteTransitGateway(context, Json.read(input, DeleteTransitGatewayRequest.class));
            case "DeleteTransitGatewayClientVpnAttachment":
                return api.deleteTransitGatewayClientVpnAttachment(context, Json.read(input, DeleteTransitGatewayClientVpnAttachmentRequest.class));
            case "DeleteTransitGatewayConnect":
                return api.deleteTransitGatewayConnect(context, Json.read(input, DeleteTransitGatewayConnectRequest.class));
            case "DeleteTransitGatewayConnectPeer":
                return api.deleteTransitGatewayConnectPeer(context, Json.read(input, DeleteTransitGatewayConnectPeerRequest.class));
            case "DeleteTransitGatewayMeteringPolicy":
                return api.deleteTransitGatewayMeteringPolicy(context, Json.read(input, DeleteTransitGatewayMeteringPolicyRequest.class));
            case "DeleteTransitGatewayMeteringPolicyEntry":
                return api.deleteTransitGatewayMeteringPolicyEntry(context, Json.read(input, DeleteTransitGatewayMeteringPolicyEntryRequest.class));
            case "DeleteTransitGatewayMulticastDomain":
                return api.deleteTransitGatewayMulticastDomain(context, Json.read(input, DeleteTransitGatewayMulticastDomainRequest.class));
            case "DeleteTransitGatewayPeeringAttachment":
                return api.deleteTransitGatewayPeeringAttachment(context, Json.read(input, DeleteTransitGatewayPeeringAttachmentRequest.class));
            case "DeleteTransitGatewayPolicyTable":
                return api.deleteTransitGatewayPolicyTable(context, Json.read(input, DeleteTransitGatewayPolicyTableRequest.class));
            case "DeleteTransitGatewayPrefixListReference":
                return api.deleteTransitGatewayPrefixListReference(context, Json.read(input, DeleteTransitGatewayPrefixListReferenceRequest.class));
            case "DeleteTransitGatewayRoute":
                return api.deleteTransitGatewayRoute(context, Json.read(input, DeleteTransitGatewayRouteRequest.class));
            case "DeleteTransitGatewayRouteTable":
                return api.deleteTransitGatewayRouteTable(context, Json.read(input, DeleteTransitGatewayRouteTableRequest.class));
            case "DeleteTransitGatewayRouteTableAnnouncement":
                return api.deleteTransitGatewayRouteTableAnnouncement(context, Json.read(input, DeleteTransitGatewayRouteTableAnnouncementRequest.class));
            case "DeleteTransitGatewayVpcAttachment":
                return api.deleteTransitGatewayVpcAttachment(context, Json.read(input, DeleteTransitGatewayVpcAttachmentRequest.class));
            case "DeleteVerifiedAccessEndpoint":
                return api.deleteVerifiedAccessEndpoint(context, Json.read(input, DeleteVerifiedAccessEndpointRequest.class));
            case "DeleteVerifiedAccessGroup":
                return api.deleteVerifiedAccessGroup(context, Json.read(input, DeleteVerifiedAccessGroupRequest.class));
            case "DeleteVerifiedAccessInstance":
                return api.deleteVerifiedAccessInstance(context, Json.read(input, DeleteVerifiedAccessInstanceRequest.class));
            case "DeleteVerifiedAccessTrustProvider":
                return api.deleteVerifiedAccessTrustProvider(context, Json.read(input, DeleteVerifiedAccessTrustProviderRequest.class));
            case "DeleteVolume":
                api.deleteVolume(context, Json.read(input, DeleteVolumeRequest.class));
                return null;
            case "DeleteVpc":
                api.deleteVpc(context, Json.read(input, DeleteVpcRequest.class));
                return null;
            case "DeleteVpcBlockPublicAccessExclusion":
                return api.deleteVpcBlockPublicAccessExclusion(context, Json.read(input, DeleteVpcBlockPublicAccessExclusionRequest.class));
            case "DeleteVpcEncryptionControl":
                return api.deleteVpcEncryptionControl(context, Json.read(input, DeleteVpcEncryptionControlRequest.class));
            case "DeleteVpcEndpointConnectionNotifications":
                return api.deleteVpcEndpointConnectionNotifications(context, Json.read(input, DeleteVpcEndpointConnectionNotificationsRequest.class));
            case "DeleteVpcEndpointServiceConfigurations":
                return api.deleteVpcEndpointServiceConfigurations(context, Json.read(input, DeleteVpcEndpointServiceConfigurationsRequest.class));
            case "DeleteVpcEndpoints":
                return api.deleteVpcEndpoints(context, Json.read(input, DeleteVpcEndpointsRequest.class));
            case "DeleteVpcPeeringConnection":
                return api.deleteVpcPeeringConnection(context, Json.read(input, DeleteVpcPeeringConnectionRequest.class));
            case "DeleteVpnConcentrator":
                return api.deleteVpnConcentrator(context, Json.read(input, DeleteVpnConcentratorRequest.class));
            case "DeleteVpnConnection":
                api.deleteVpnConnection(context, Json.read(input, DeleteVpnConnectionRequest.class));
                return null;
            case "DeleteVpnConnectionRoute":
                api.deleteVpnConnectionRoute(context, Json.read(input, DeleteVpnConnectionRouteRequest.class));
                return null;
            case "DeleteVpnGateway":
                api.deleteVpnGateway(context, Json.read(input, DeleteVpnGatewayRequest.class));
                return null;
            case "DeprovisionByoipCidr":
                return api.deprovisionByoipCidr(context, Json.read(input, DeprovisionByoipCidrRequest.class));
            case "DeprovisionIpamByoasn":
                return api.deprovisionIpamByoasn(context, Json.read(input, DeprovisionIpamByoasnRequest.class));
            case "DeprovisionIpamPoolCidr":
                return api.deprovisionIpamPoolCidr(context, Json.read(input, DeprovisionIpamPoolCidrRequest.class));
            case "DeprovisionPublicIpv4PoolCidr":
                return api.deprovisionPublicIpv4PoolCidr(context, Json.read(input, DeprovisionPublicIpv4PoolCidrRequest.class));
            case "DeregisterImage":
                return api.deregisterImage(context, Json.read(input, DeregisterImageRequest.class));
            case "DeregisterInstanceEventNotificationAttributes":
                return api.deregisterInstanceEventNotificationAttributes(context, Json.read(input, DeregisterInstanceEventNotificationAttributesRequest.class));
            case "DeregisterTransitGatewayMulticastGroupMembers":
                return api.deregisterTransitGatewayMulticastGroupMembers(context, Json.read(input, DeregisterTransitGatewayMulticastGroupMembersRequest.class));
            case "DeregisterTransitGatewayMulticastGroupSources":
                return api.deregisterTransitGatewayMulticastGroupSources(context, Json.read(input, DeregisterTransitGatewayMulticastGroupSourcesRequest.class));
            case "DescribeAccountAttributes":
                return api.describeAccountAttributes(context, Json.read(input, DescribeAccountAttributesRequest.class));
            case "DescribeAddressTransfers":
                return api.describeAddressTransfers(context, Json.read(input, DescribeAddressTransfersRequest.class));
            case "DescribeAddresses":
                return api.describeAddresses(context, Json.read(input, DescribeAddressesRequest.class));
            case "DescribeAddressesAttribute":
                return api.describeAddressesAttribute(context, Json.read(input, DescribeAddressesAttributeRequest.class));
            case "DescribeAggregateIdFormat":
                return api.describeAggregateIdFormat(context, Json.read(input, DescribeAggregateIdFormatRequest.class));
            case "DescribeAvailabilityZones":
                return api.describeAvailabilityZones(context, Json.read(input, DescribeAvailabilityZonesRequest.class));
            case "DescribeAwsNetworkPerformanceMetricSubscriptions":
                return api.describeAwsNetworkPerformanceMetricSubscriptions(context, Json.read(input, DescribeAwsNetworkPerformanceMetricSubscriptionsRequest.class));
            case "DescribeBundleTasks":
                return api.describeBundleTasks(context, Json.read(input, DescribeBundleTasksRequest.class));
            case "DescribeByoipCidrs":
                return api.describeByoipCidrs(context, Json.read(input, DescribeByoipCidrsRequest.class));
            case "DescribeCapacityBlockExtensionHistory":
                return api.describeCapacityBlockExtensionHistory(context, Json.read(input, DescribeCapacityBlockExtensionHistoryRequest.class));
            case "DescribeCapacityBlockExtensionOfferings":
                return api.describeCapacityBlockExtensionOfferings(context, Json.read(input, DescribeCapacityBlockExtensionOfferingsRequest.class));
            case "DescribeCapacityBlockOfferings":
                return api.describeCapacityBlockOfferings(context, Json.read(input, DescribeCapacityBlockOfferingsRequest.class));
            case "DescribeCapacityBlockStatus":
                return api.describeCapacityBlockStatus(context, Json.read(input, DescribeCapacityBlockStatusRequest.class));
            case "DescribeCapacityBlocks":
                return api.describeCapacityBlocks(context, Json.read(input, DescribeCapacityBlocksRequest.class));
            case "DescribeCapacityManagerDataExports":
                return api.describeCapacityManagerDataExports(context, Json.read(input, DescribeCapacityManagerDataExportsRequest.class));
            case "DescribeCapacityReservationBillingRequests":
                return api.describeCapacityReservationBillingRequests(context, Json.read(input, DescribeCapacityReservationBillingRequestsRequest.class));
            case "DescribeCapacityReservationFleets":
                return api.describeCapacityReservationFleets(context, Json.read(input, DescribeCapacityReservationFleetsRequest.class));
            case "DescribeCapacityReservationTopology":
                return api.describeCapacityReservationTopology(context, Json.read(input, DescribeCapacityReservationTopologyRequest.class));
            case "DescribeCapacityReservations":
                return api.describeCapacityReservations(context, Json.read(input, DescribeCapacityReservationsRequest.class));
            case "DescribeCarrierGateways":
                return api.describeCarrierGateways(context, Json.read(input, DescribeCarrierGatewaysRequest.class));
            case "DescribeClassicLinkInstances":
                return api.describeClassicLinkInstances(context, Json.read(input, DescribeClassicLinkInstancesRequest.class));
            case "DescribeClientVpnAuthorizationRules":
                return api.describeClientVpnAuthorizationRules(context, Json.read(input, DescribeClientVpnAuthorizationRulesRequest.class));
            case "DescribeClientVpnConnections":
                return api.describeClientVpnConnections(context, Json.read(input, DescribeClientVpnConnectionsRequest.class));
            case "DescribeClientVpnEndpoints":
                return api.describeClientVpnEndpoints(context, Json.read(input, DescribeClientVpnEndpointsRequest.class));
            case "DescribeClientVpnRoutes":
                return api.describeClientVpnRoutes(context, Json.read(input, DescribeClientVpnRoutesRequest.class));
            case "DescribeClientVpnTargetNetworks":
                return api.describeClientVpnTargetNetworks(context, Json.read(input, DescribeClientVpnTargetNetworksRequest.class));
            case "DescribeCoipPools":
                return api.describeCoipPools(context, Json.read(input, DescribeCoipPoolsRequest.class));
            case "DescribeConversionTasks":
                return api.describeConversionTasks(context, Json.read(input, DescribeConversionTasksRequest.class));
            case "DescribeCustomerGateways":
                return api.describeCustomerGateways(context, Json.read(input, DescribeCustomerGatewaysRequest.class));
            case "DescribeDeclarativePoliciesReports":
                return api.describeDeclarativePoliciesReports(context, Json.read(input, DescribeDeclarativePoliciesReportsRequest.class));
            case "DescribeDhcpOptions":
                return api.describeDhcpOptions(context, Json.read(input, DescribeDhcpOptionsRequest.class));
            case "DescribeEgressOnlyInternetGateways":
                return api.describeEgressOnlyInternetGateways(context, Json.read(input, DescribeEgressOnlyInternetGatewaysRequest.class));
            case "DescribeElasticGpus":
                return api.describeElasticGpus(context, Json.read(input, DescribeElasticGpusRequest.class));
            case "DescribeExportImageTasks":
                return api.describeExportImageTasks(context, Json.read(input, DescribeExportImageTasksRequest.class));
            case "DescribeExportTasks":
                return api.describeExportTasks(context, Json.read(input, DescribeExportTasksRequest.class));
            case "DescribeFastLaunchImages":
                return api.describeFastLaunchImages(context, Json.read(input, DescribeFastLaunchImagesRequest.class));
            case "DescribeFastSnapshotRestores":
                return api.describeFastSnapshotRestores(context, Json.read(input, DescribeFastSnapshotRestoresRequest.class));
            case "DescribeFleetHistory":
                return api.describeFleetHistory(context, Json.read(input, DescribeFleetHistoryRequest.class));
            case "DescribeFleetInstances":
                return api.describeFleetInstances(context, Json.read(input, DescribeFleetInstancesRequest.class));
            case "DescribeFleets":
                return api.describeFleets(context, Json.read(input, DescribeFleetsRequest.class));
            case "DescribeFlowLogs":
                return api.describeFlowLogs(context, Json.read(input, DescribeFlowLogsRequest.class));
            case "DescribeFpgaImageAttribute":
                return api.describeFpgaImageAttribute(context, Json.read(input, DescribeFpgaImageAttributeRequest.class));
            case "DescribeFpgaImages":
                return api.describeFpgaImages(context, Json.read(input, DescribeFpgaImagesRequest.class));
            case "DescribeHostReservationOfferings":
                return api.describeHostReservationOfferings(context, Json.read(input, DescribeHostReservationOfferingsRequest.class));
            case "DescribeHostReservations":
                return api.describeHostReservations(context, Json.read(input, DescribeHostReservationsRequest.class));
            case "DescribeHosts":
                return api.describeHosts(context, Json.read(input, DescribeHostsRequest.class));
            case "DescribeIamInstanceProfileAssociations":
                return api.describeIamInstanceProfileAssociations(context, Json.read(input, DescribeIamInstanceProfileAssociationsRequest.class));
            case "DescribeIdFormat":
                return api.describeIdFormat(context, Json.read(input, DescribeIdFormatRequest.class));
            case "DescribeIdentityIdFormat":
                return api.describeIdentityIdFormat(context, Json.read(input, DescribeIdentityIdFormatRequest.class));
            case "DescribeImageAttribute":
                return api.describeImageAttribute(context, Json.read(input, DescribeImageAttributeRequest.class));
            case "DescribeImageReferences":
                return api.describeImageReferences(context, Json.read(input, DescribeImageReferencesRequest.class));
            case "DescribeImageUsageReportEntries":
                return api.describeImageUsageReportEntries(context, Json.read(input, DescribeImageUsageReportEntriesRequest.class));
            case "DescribeImageUsageReports":
                return api.describeImageUsageReports(context, Json.read(input, DescribeImageUsageReportsRequest.class));
            case "DescribeImages":
                return api.describeImages(context, Json.read(input, DescribeImagesRequest.class));
            case "DescribeImportImageTasks":
                return api.describeImportImageTasks(context, Json.read(input, DescribeImportImageTasksRequest.class));
            case "DescribeImportSnapshotTasks":
                return api.describeImportSnapshotTasks(context, Json.read(input, DescribeImportSnapshotTasksRequest.class));
            case "DescribeInstanceAttribute":
                return api.describeInstanceAttribute(context, Json.read(input, DescribeInstanceAttributeRequest.class));
            case "DescribeInstanceConnectEndpoints":
                return api.describeInstanceConnectEndpoints(context, Json.read(input, DescribeInstanceConnectEndpointsRequest.class));
            case "DescribeInstanceCreditSpecifications":
                return api.describeInstanceCreditSpecifications(context, Json.read(input, DescribeInstanceCreditSpecificationsRequest.class));
            case "DescribeInstanceEventNotificationAttributes":
                return api.describeInstanceEventNotificationAttributes(context, Json.read(input, DescribeInstanceEventNotificationAttributesRequest.class));
            case "DescribeInstanceEventWindows":
                return api.describeInstanceEventWindows(context, Json.read(input, DescribeInstanceEventWindowsRequest.class));
            case "DescribeInstanceImageMetadata":
                return api.describeInstanceImageMetadata(context, Json.read(input, DescribeInstanceImageMetadataRequest.class));
            case "DescribeInstanceSqlHaHistoryStates":
                return api.describeInstanceSqlHaHistoryStates(context, Json.read(input, DescribeInstanceSqlHaHistoryStatesRequest.class));
            case "DescribeInstanceSqlHaStates":
                return api.describeInstanceSqlHaStates(context, Json.read(input, DescribeInstanceSqlHaStatesRequest.class));
            case "DescribeInstanceStatus":
                return api.describeInstanceStatus(context, Json.read(input, DescribeInstanceStatusRequest.class));
            case "DescribeInstanceTopology":
                return api.describeInstanceTopology(context, Json.read(input, DescribeInstanceTopologyRequest.class));
            case "DescribeInstanceTypeOfferings":
                return api.describeInstanceTypeOfferings(context, Json.read(input, DescribeInstanceTypeOfferingsRequest.class));
            case "DescribeInstanceTypes":
                return api.describeInstanceTypes(context, Json.read(input, DescribeInstanceTypesRequest.class));
            case "DescribeInstances":
                return api.describeInstances(context, Json.read(input, DescribeInstancesRequest.class));
            case "DescribeInternetGateways":
                return api.describeInternetGateways(context, Json.read(input, DescribeInternetGatewaysRequest.class));
            case "DescribeIpamByoasn":
                return api.describeIpamByoasn(context, Json.read(input, DescribeIpamByoasnRequest.class));
            case "DescribeIpamExternalResourceVerificationTokens":
                return api.describeIpamExternalResourceVerificationTokens(context, Json.read(input, DescribeIpamExternalResourceVerificationTokensRequest.class));
            case "DescribeIpamPolicies":
                return api.describeIpamPolicies(context, Json.read(input, DescribeIpamPoliciesRequest.class));
            case "DescribeIpamPoolAllocations":
                return api.describeIpamPoolAllocations(context, Json.read(input, DescribeIpamPoolAllocationsRequest.class));
            case "DescribeIpamPools":
                return api.describeIpamPools(context, Json.read(input, DescribeIpamPoolsRequest.class));
            case "DescribeIpamPrefixListResolverTargets":
                return api.describeIpamPrefixListResolverTargets(context, Json.read(input, DescribeIpamPrefixListResolverTargetsRequest.class));
            case "DescribeIpamPrefixListResolvers":
                return api.describeIpamPrefixListResolvers(context, Json.read(input, DescribeIpamPrefixListResolversRequest.class));
            case "DescribeIpamResourceDiscoveries":
                return api.describeIpamResourceDiscoveries(context, Json.read(input, DescribeIpamResourceDiscoveriesRequest.class));
            case "DescribeIpamResourceDiscoveryAssociations":
                return api.describeIpamResourceDiscoveryAssociations(context, Json.read(input, DescribeIpamResourceDiscoveryAssociationsRequest.class));
            case "DescribeIpamScopes":
                return api.describeIpamScopes(context, Json.read(input, DescribeIpamScopesRequest.class));
            case "DescribeIpams":
                return api.describeIpams(context, Json.read(input, DescribeIpamsRequest.class));
            case "DescribeIpv6Pools":
                return api.describeIpv6Pools(context, Json.read(input, DescribeIpv6PoolsRequest.class));
            case "DescribeKeyPairs":
                return api.describeKeyPairs(context, Json.read(input, DescribeKeyPairsRequest.class));
            case "DescribeLaunchTemplateVersions":
                return api.describeLaunchTemplateVersions(context, Json.read(input, DescribeLaunchTemplateVersionsRequest.class));
            case "DescribeLaunchTemplates":
                return api.describeLaunchTemplates(context, Json.read(input, DescribeLaunchTemplatesRequest.class));
            case "DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations":
                return api.describeLocalGatewayRouteTableVirtualInterfaceGroupAssociations(context, Json.read(input, DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsRequest.class));
            case "DescribeLocalGatewayRouteTableVpcAssociations":
                return api.describeLocalGatewayRouteTableVpcAssociations(context, Json.read(input, DescribeLocalGatewayRouteTableVpcAssociationsRequest.class));
            case "DescribeLocalGatewayRouteTables":
                return api.describeLocalGatewayRouteTables(context, Json.read(input, DescribeLocalGatewayRouteTablesRequest.class));
            case "DescribeLocalGatewayVirtualInterfaceGroups":
                return api.describeLocalGatewayVirtualInterfaceGroups(context, Json.read(input, DescribeLocalGatewayVirtualInterfaceGroupsRequest.class));
            case "DescribeLocalGatewayVirtualInterfaces":
                return api.describeLocalGatewayVirtualInterfaces(context, Json.read(input, DescribeLocalGatewayVirtualInterfacesRequest.class));
            case "DescribeLocalGateways":
                return api.describeLocalGateways(context, Json.read(input, DescribeLocalGatewaysRequest.class));
            case "DescribeLockedSnapshots":
                return api.describeLockedSnapshots(context, Json.read(input, DescribeLockedSnapshotsRequest.class));
            case "DescribeMacHosts":
                return api.describeMacHosts(context, Json.read(input, DescribeMacHostsRequest.class));
            case "DescribeMacModificationTasks":
                return api.describeMacModificationTasks(context, Json.read(input, DescribeMacModificationTasksRequest.class));
            case "DescribeManagedPrefixLists":
                return api.describeManagedPrefixLists(context, Json.read(input, DescribeManagedPrefixListsRequest.class));
            case "DescribeMovingAddresses":
                return api.describeMovingAddresses(context, Json.read(input, DescribeMovingAddressesRequest.class));
            case "DescribeNatGateways":
                return api.describeNatGateways(context, Json.read(input, DescribeNatGatewaysRequest.class));
            case "DescribeNetworkAcls":
                return api.describeNetworkAcls(context, Json.read(input, DescribeNetworkAclsRequest.class));
            case "DescribeNetworkInsightsAccessScopeAnalyses":
                return api.describeNetworkInsightsAccessScopeAnalyses(context, Json.read(input, DescribeNetworkInsightsAccessScopeAnalysesRequest.class));
            case "DescribeNetworkInsightsAccessScopes":
                return api.describeNetworkInsightsAccessScopes(context, Json.read(input, DescribeNetworkInsightsAccessScopesRequest.class));
            case "DescribeNetworkInsightsAnalyses":
                return api.describeNetworkInsightsAnalyses(context, Json.read(input, DescribeNetworkInsightsAnalysesRequest.class));
            case "DescribeNetworkInsightsPaths":
                return api.describeNetworkInsightsPaths(context, Json.read(input, DescribeNetworkInsightsPathsRequest.class));
            case "DescribeNetworkInterfaceAttribute":
                return api.describeNetworkInterfaceAttribute(context, Json.read(input, DescribeNetworkInterfaceAttributeRequest.class));
            case "DescribeNetworkInterfacePermissions":
                return api.describeNetworkInterfacePermissions(context, Json.read(input, DescribeNetworkInterfacePermissionsRequest.class));
            case "DescribeNetworkInterfaces":
                return api.describeNetworkInterfaces(context, Json.read(input, DescribeNetworkInterfacesRequest.class));
            case "DescribeOutpostLags":
                return api.describeOutpostLags(context, Json.read(input, DescribeOutpostLagsRequest.class));
            case "DescribePlacementGroups":
                return api.describePlacementGroups(context, Json.read(input, DescribePlacementGroupsRequest.class));
            case "DescribePrefixLists":
                return api.describePrefixLists(context, Json.read(input, DescribePrefixListsRequest.class));
            case "DescribePrincipalIdFormat":
                return api.describePrincipalIdFormat(context, Json.read(input, DescribePrincipalIdFormatRequest.class));
            case "DescribePublicIpv4Pools":
                return api.describePublicIpv4Pools(context, Json.read(input, DescribePublicIpv4PoolsRequest.class));
            case "DescribeRegions":
                return api.describeRegions(context, Json.read(input, DescribeRegionsRequest.class));
            case "DescribeReplaceRootVolumeTasks":
                return api.describeReplaceRootVolumeTasks(context, Json.read(input, DescribeReplaceRootVolumeTasksRequest.class));
            case "DescribeReservedInstances":
                return api.describeReservedInstances(context, Json.read(input, DescribeReservedInstancesRequest.class));
            case "DescribeReservedInstancesListings":
                return api.describeReservedInstancesListings(context, Json.read(input, DescribeReservedInstancesListingsRequest.class));
            case "DescribeReservedInstancesModifications":
                return api.describeReservedInstancesModifications(context, Json.read(input, DescribeReservedInstancesModificationsRequest.class));
            case "DescribeReservedInstancesOfferings":
                return api.describeReservedInstancesOfferings(context, Json.read(input, DescribeReservedInstancesOfferingsRequest.class));
            case "DescribeRouteServerEndpoints":
                return api.describeRouteServerEndpoints(context, Json.read(input, DescribeRouteServerEndpointsRequest.class));
            case "DescribeRouteServerPeers":
                return api.describeRouteServerPeers(context, Json.read(input, DescribeRouteServerPeersRequest.class));
            case "DescribeRouteServers":
                return api.describeRouteServers(context, Json.read(input, DescribeRouteServersRequest.class));
            case "DescribeRouteTables":
                return api.describeRouteTables(context, Json.read(input, DescribeRouteTablesRequest.class));
            case "DescribeScheduledInstanceAvailability":
                return api.describeScheduledInstanceAvailability(context, Json.read(input, DescribeScheduledInstanceAvailabilityRequest.class));
            case "DescribeScheduledInstances":
                return api.describeScheduledInstances(context, Json.read(input, DescribeScheduledInstancesRequest.class));
            case "DescribeSecondaryInterfaces":
                return api.describeSecondaryInterfaces(context, Json.read(input, DescribeSecondaryInterfacesRequest.class));
            case "DescribeSecondaryNetworks":
                return api.describeSecondaryNetworks(context, Json.read(input, DescribeSecondaryNetworksRequest.class));
            case "DescribeSecondarySubnets":
                return api.describeSecondarySubnets(context, Json.read(input, DescribeSecondarySubnetsRequest.class));
            case "DescribeSecurityGroupReferences":
                return api.describeSecurityGroupReferences(context, Json.read(input, DescribeSecurityGroupReferencesRequest.class));
            case "DescribeSecurityGroupRules":
                return api.describeSecurityGroupRules(context, Json.read(input, DescribeSecurityGroupRulesRequest.class));
            case "DescribeSecurityGroupVpcAssociations":
                return api.describeSecurityGroupVpcAssociations(context, Json.read(input, DescribeSecurityGroupVpcAssociationsRequest.class));
            case "DescribeSecurityGroups":
                return api.describeSecurityGroups(context, Json.read(input, DescribeSecurityGroupsRequest.class));
            case "DescribeServiceLinkVirtualInterfaces":
                return api.describeServiceLinkVirtualInterfaces(context, Json.read(input, DescribeServiceLinkVirtualInterfacesRequest.class));
            case "DescribeSnapshotAttribute":
                return api.describeSnapshotAttribute(context, Json.read(input, DescribeSnapshotAttributeRequest.class));
            case "DescribeSnapshotTierStatus":
                return api.describeSnapshotTierStatus(context, Json.read(input, DescribeSnapshotTierStatusRequest.class));
            case "DescribeSnapshots":
                return api.describeSnapshots(context, Json.read(input, DescribeSnapshotsRequest.class));
            case "DescribeSpotDatafeedSubscription":
                return api.describeSpotDatafeedSubscription(context, Json.read(input, DescribeSpotDatafeedSubscriptionRequest.class));
            case "DescribeSpotFleetInstances":
                return api.describeSpotFleetInstances(context, Json.read(input, DescribeSpotFleetInstancesRequest.class));
            case "DescribeSpotFleetRequestHistory":
                return api.describeSpotFleetRequestHistory(context, Json.read(input, DescribeSpotFleetRequestHistoryRequest.class));
            case "DescribeSpotFleetRequests":
                return api.describeSpotFleetRequests(context, Json.read(input, DescribeSpotFleetRequestsRequest.class));
            case "DescribeSpotInstanceRequests":
                return api.describeSpotInstanceRequests(context, Json.read(input, DescribeSpotInstanceRequestsRequest.class));
            case "DescribeSpotPriceHistory":
                return api.describeSpotPriceHistory(context, Json.read(input, DescribeSpotPriceHistoryRequest.class));
            case "DescribeStaleSecurityGroups":
                return api.describeStaleSecurityGroups(context, Json.read(input, DescribeStaleSecurityGroupsRequest.class));
            case "DescribeStoreImageTasks":
                return api.describeStoreImageTasks(context, Json.read(input, DescribeStoreImageTasksRequest.class));
            case "DescribeSubnets":
                return api.describeSubnets(context, Json.read(input, DescribeSubnetsRequest.class));
            case "DescribeTags":
                return api.describeTags(context, Json.read(input, DescribeTagsRequest.class));
            case "DescribeTrafficMirrorFilterRules":
                return api.describeTrafficMirrorFilterRules(context, Json.read(input, DescribeTrafficMirrorFilterRulesRequest.class));
            case "DescribeTrafficMirrorFilters":
                return api.describeTrafficMirrorFilters(context, Json.read(input, DescribeTrafficMirrorFiltersRequest.class));
            case "DescribeTrafficMirrorSessions":
                return api.describeTrafficMirrorSessions(context, Json.read(input, DescribeTrafficMirrorSessionsRequest.class));
            case "DescribeTrafficMirrorTargets":
                return api.describeTrafficMirrorTargets(context, Json.read(input, DescribeTrafficMirrorTargetsRequest.class));
            case "DescribeTransitGatewayAttachments":
                return api.describeTransitGatewayAttachments(context, Json.read(input, DescribeTransitGatewayAttachmentsRequest.class));
            case "DescribeTransitGatewayConnectPeers":
                return api.describeTransitGatewayConnectPeers(context, Json.read(input, DescribeTransitGatewayConnectPeersRequest.class));
            case "DescribeTransitGatewayConnects":
                return api.describeTransitGatewayConnects(context, Json.read(input, DescribeTransitGatewayConnectsRequest.class));
            case "DescribeTransitGatewayMeteringPolicies":
                return api.describeTransitGatewayMeteringPolicies(context, Json.read(input, DescribeTransitGatewayMeteringPoliciesRequest.class));
            case "DescribeTransitGatewayMulticastDomains":
                return api.describeTransitGatewayMulticastDomains(context, Json.read(input, DescribeTransitGatewayMulticastDomainsRequest.class));
            case "DescribeTransitGatewayPeeringAttachments":
                return api.describeTransitGatewayPeeringAttachments(context, Json.read(input, DescribeTransitGatewayPeeringAttachmentsRequest.class));
            case "DescribeTransitGatewayPolicyTables":
                return api.describeTransitGatewayPolicyTables(context, Json.read(input, DescribeTransitGatewayPolicyTablesRequest.class));
            case "DescribeTransitGatewayRouteTableAnnouncements":
                return api.describeTransitGatewayRouteTableAnnouncements(context, Json.read(input, DescribeTransitGatewayRouteTableAnnouncementsRequest.class));
            case "DescribeTransitGatewayRouteTables":
                return api.describeTransitGatewayRouteTables(context, Json.read(input, DescribeTransitGatewayRouteTablesRequest.class));
            case "DescribeTransitGatewayVpcAttachments":
                return api.describeTransitGatewayVpcAttachments(context, Json.read(input, DescribeTransitGatewayVpcAttachmentsRequest.class));
            case "DescribeTransitGateways":
                return api.describeTransitGateways(context, Json.read(input, DescribeTransitGatewaysRequest.class));
            case "DescribeTrunkInterfaceAssociations":
                return api.describeTrunkInterfaceAssociations(context, Json.read(input, DescribeTrunkInterfaceAssociationsRequest.class));
            case "DescribeVerifiedAccessEndpoints":
                return api.describeVerifiedAccessEndpoints(context, Json.read(input, DescribeVerifiedAccessEndpointsRequest.class));
            case "DescribeVerifiedAccessGroups":
                return api.describeVerifiedAccessGroups(context, Json.read(input, DescribeVerifiedAccessGroupsRequest.class));
            case "DescribeVerifiedAccessInstanceLoggingConfigurations":
                return api.describeVerifiedAccessInstanceLoggingConfigurations(context, Json.read(input, DescribeVerifiedAccessInstanceLoggingConfigurationsRequest.class));
            case "DescribeVerifiedAccessInstances":
                return api.describeVerifiedAccessInstances(context, Json.read(input, DescribeVerifiedAccessInstancesRequest.class));
            case "DescribeVerifiedAccessTrustProviders":
                return api.describeVerifiedAccessTrustProviders(context, Json.read(input, DescribeVerifiedAccessTrustProvidersRequest.class));
            case "DescribeVolumeAttribute":
                return api.describeVolumeAttribute(context, Json.read(input, DescribeVolumeAttributeRequest.class));
            case "DescribeVolumeStatus":
                return api.describeVolumeStatus(context, Json.read(input, DescribeVolumeStatusRequest.class));
            case "DescribeVolumes":
                return api.describeVolumes(context, Json.read(input, DescribeVolumesRequest.class));
            case "DescribeVolumesModifications":
                return api.describeVolumesModifications(context, Json.read(input, DescribeVolumesModificationsRequest.class));
            case "DescribeVpcAttribute":
                return api.describeVpcAttribute(context, Json.read(input, DescribeVpcAttributeRequest.class));
            case "DescribeVpcBlockPublicAccessExclusions":
                return api.describeVpcBlockPublicAccessExclusions(context, Json.read(input, DescribeVpcBlockPublicAccessExclusionsRequest.class));
            case "DescribeVpcBlockPublicAccessOptions":
                return api.describeVpcBlockPublicAccessOptions(context, Json.read(input, DescribeVpcBlockPublicAccessOptionsRequest.class));
            case "DescribeVpcClassicLink":
                return api.describeVpcClassicLink(context, Json.read(input, DescribeVpcClassicLinkRequest.class));
            case "DescribeVpcClassicLinkDnsSupport":
                return api.describeVpcClassicLinkDnsSupport(context, Json.read(input, DescribeVpcClassicLinkDnsSupportRequest.class));
            case "DescribeVpcEncryptionControls":
                return api.describeVpcEncryptionControls(context, Json.read(input, DescribeVpcEncryptionControlsRequest.class));
            case "DescribeVpcEndpointAssociations":
                return api.describeVpcEndpointAssociations(context, Json.read(input, DescribeVpcEndpointAssociationsRequest.class));
            case "DescribeVpcEndpointConnectionNotifications":
                return api.describeVpcEndpointConnectionNotifications(context, Json.read(input, DescribeVpcEndpointConnectionNotificationsRequest.class));
            case "DescribeVpcEndpointConnections":
                return api.describeVpcEndpointConnections(context, Json.read(input, DescribeVpcEndpointConnectionsRequest.class));
            case "DescribeVpcEndpointServiceConfigurations":
                return api.describeVpcEndpointServiceConfigurations(context, Json.read(input, DescribeVpcEndpointServiceConfigurationsRequest.class));
            case "DescribeVpcEndpointServicePermissions":
                return api.describeVpcEndpointServicePermissions(context, Json.read(input, DescribeVpcEndpointServicePermissionsRequest.class));
            case "DescribeVpcEndpointServices":
                return api.describeVpcEndpointServices(context, Json.read(input, DescribeVpcEndpointServicesRequest.class));
            case "DescribeVpcEndpoints":
                return api.describeVpcEndpoints(context, Json.read(input, DescribeVpcEndpointsRequest.class));
            case "DescribeVpcPeeringConnections":
                return api.describeVpcPeeringConnections(context, Json.read(input, DescribeVpcPeeringConnectionsRequest.class));
            case "DescribeVpcs":
                return api.describeVpcs(context, Json.read(input, DescribeVpcsRequest.class));
            case "DescribeVpnConcentrators":
                return api.describeVpnConcentrators(context, Json.read(input, DescribeVpnConcentratorsRequest.class));
            case "DescribeVpnConnections":
                return api.describeVpnConnections(context, Json.read(input, DescribeVpnConnectionsRequest.class));
            case "DescribeVpnGateways":
                return api.describeVpnGateways(context, Json.read(input, DescribeVpnGatewaysRequest.class));
            case "DetachClassicLinkVpc":
                return api.detachClassicLinkVpc(context, Json.read(input, DetachClassicLinkVpcRequest.class));
            case "DetachInternetGateway":
                api.detachInternetGateway(context, Json.read(input, DetachInternetGatewayRequest.class));
                return null;
            case "DetachNetworkInterface":
                api.detachNetworkInterface(context, Json.read(input, DetachNetworkInterfaceRequest.class));
                return null;
            case "DetachVerifiedAccessTrustProvider":
                return api.detachVerifiedAccessTrustProvider(context, Json.read(input, DetachVerifiedAccessTrustProviderRequest.class));
            case "DetachVolume":
                return api.detachVolume(context, Json.read(input, DetachVolumeRequest.class));
            case "DetachVpnGateway":
                api.detachVpnGateway(context, Json.read(input, DetachVpnGatewayRequest.class));
                return null;
            case "DisableAddressTransfer":
                return api.disableAddressTransfer(context, Json.read(input, DisableAddressTransferRequest.class));
            case "DisableAllowedImagesSettings":
                return api.disableAllowedImagesSettings(context, Json.read(input, DisableAllowedImagesSettingsRequest.class));
            case "DisableAwsNetworkPerformanceMetricSubscription":
                return api.disableAwsNetworkPerformanceMetricSubscription(context, Json.read(input, DisableAwsNetworkPerformanceMetricSubscriptionRequest.class));
            case "DisableCapacityManager":
                return api.disableCapacityManager(context, Json.read(input, DisableCapacityManagerRequest.class));
            case "DisableEbsEncryptionByDefault":
                return api.disableEbsEncryptionByDefault(context, Json.read(input, DisableEbsEncryptionByDefaultRequest.class));
            case "DisableFastLaunch":
                return api.disableFastLaunch(context, Json.read(input, DisableFastLaunchRequest.class));
            case "DisableFastSnapshotRestores":
                return api.disableFastSnapshotRestores(context, Json.read(input, DisableFastSnapshotRestoresRequest.class));
            case "DisableImage":
                return api.disableImage(context, Json.read(input, DisableImageRequest.class));
            case "DisableImageBlockPublicAccess":
                return api.disableImageBlockPublicAccess(context, Json.read(input, DisableImageBlockPublicAccessRequest.class));
            case "DisableImageDeprecation":
                return api.disableImageDeprecation(context, Json.read(input, DisableImageDeprecationRequest.class));
            case "DisableImageDeregistrationProtection":
                return api.disableImageDeregistrationProtection(context, Json.read(input, DisableImageDeregistrationProtectionRequest.class));
            case "DisableInstanceSqlHaStandbyDetections":
                return api.disableInstanceSqlHaStandbyDetections(context, Json.read(input, DisableInstanceSqlHaStandbyDetectionsRequest.class));
            case "DisableIpamOrganizationAdminAccount":
                return api.disableIpamOrganizationAdminAccount(context, Json.read(input, DisableIpamOrganizationAdminAccountRequest.class));
            case "DisableIpamPolicy":
                return api.disableIpamPolicy(context, Json.read(input, DisableIpamPolicyRequest.class));
            case "DisableRouteServerPropagation":
                return api.disableRouteServerPropagation(context, Json.read(input, DisableRouteServerPropagationRequest.class));
            case "DisableSerialConsoleAccess":
                return api.disableSerialConsoleAccess(context, Json.read(input, DisableSerialConsoleAccessRequest.class));
            case "DisableSnapshotBlockPublicAccess":
                return api.disableSnapshotBlockPublicAccess(context, Json.read(input, DisableSnapshotBlockPublicAccessRequest.class));
            case "DisableTransitGatewayRouteTablePropagation":
                return api.disableTransitGatewayRouteTablePropagation(context, Json.read(input, DisableTransitGatewayRouteTablePropagationRequest.class));
            case "DisableVgwRoutePropagation":
                api.disableVgwRoutePropagation(context, Json.read(input, DisableVgwRoutePropagationRequest.class));
                return null;
            case "DisableVpcClassicLink":
                return api.disableVpcClassicLink(context, Json.read(input, DisableVpcClassicLinkRequest.class));
            case "DisableVpcClassicLinkDnsSupport":
                return api.disableVpcClassicLinkDnsSupport(context, Json.read(input, DisableVpcClassicLinkDnsSupportRequest.class));
            case "DisassociateAddress":
                api.disassociateAddress(context, Json.read(input, DisassociateAddressRequest.class));
                return null;
            case "DisassociateCapacityReservationBillingOwner":
                return api.disassociateCapacityReservationBillingOwner(context, Json.read(input, DisassociateCapacityReservationBillingOwnerRequest.class));
            case "DisassociateClientVpnTargetNetwork":
                return api.disassociateClientVpnTargetNetwork(context, Json.read(input, DisassociateClientVpnTargetNetworkRequest.class));
            case "DisassociateEnclaveCertificateIamRole":
                return api.disassociateEnclaveCertificateIamRole(context, Json.read(input, DisassociateEnclaveCertificateIamRoleRequest.class));
            case "DisassociateIamInstanceProfile":
                return api.disassociateIamInstanceProfile(context, Json.read(input, DisassociateIamInstanceProfileRequest.class));
            case "DisassociateInstanceEventWindow":
                return api.disassociateInstanceEventWindow(context, Json.read(input, DisassociateInstanceEventWindowRequest.class));
            case "DisassociateIpamByoasn":
                return api.disassociateIpamByoasn(context, Json.read(input, DisassociateIpamByoasnRequest.class));
            case "DisassociateIpamResourceDiscovery":
                return api.disassociateIpamResourceDiscovery(context, Json.read(input, DisassociateIpamResourceDiscoveryRequest.class));
            case "DisassociateNatGatewayAddress":
                return api.disassociateNatGatewayAddress(context, Json.read(input, DisassociateNatGatewayAddressRequest.class));
            case "DisassociateRouteServer":
                return api.disassociateRouteServer(context, Json.read(input, DisassociateRouteServerRequest.class));
            case "DisassociateRouteTable":
                api.disassociateRouteTable(context, Json.read(input, DisassociateRouteTableRequest.class));
                return null;
            case "DisassociateSecurityGroupVpc":
                return api.disassociateSecurityGroupVpc(context, Json.read(input, DisassociateSecurityGroupVpcRequest.class));
            case "DisassociateSubnetCidrBlock":
                return api.disassociateSubnetCidrBlock(context, Json.read(input, DisassociateSubnetCidrBlockRequest.class));
            case "DisassociateTransitGatewayMulticastDomain":
                return api.disassociateTransitGatewayMulticastDomain(context, Json.read(input, DisassociateTransitGatewayMulticastDomainRequest.class));
            case "DisassociateTransitGatewayPolicyTable":
                return api.disassociateTransitGatewayPolicyTable(context, Json.read(input, DisassociateTransitGatewayPolicyTableRequest.class));
            case "DisassociateTransitGatewayRouteTable":
                return api.disassociateTransitGatewayRouteTable(context, Json.read(input, DisassociateTransitGatewayRouteTableRequest.class));
            case "DisassociateTrunkInterface":
                return api.disassociateTrunkInterface(context, Json.read(input, DisassociateTrunkInterfaceRequest.class));
            case "DisassociateVpcCidrBlock":
                return api.disassociateVpcCidrBlock(context, Json.read(input, DisassociateVpcCidrBlockRequest.class));
            case "EnableAddressTransfer":
                return api.enableAddressTransfer(context, Json.read(input, EnableAddressTransferRequest.class));
            case "EnableAllowedImagesSettings":
                return api.enableAllowedImagesSettings(context, Json.read(input, EnableAllowedImagesSettingsRequest.class));
            case "EnableAwsNetworkPerformanceMetricSubscription":
                return api.enableAwsNetworkPerformanceMetricSubscription(context, Json.read(input, EnableAwsNetworkPerformanceMetricSubscriptionRequest.class));
            case "EnableCapacityManager":
                return api.enableCapacityManager(context, Json.read(input, EnableCapacityManagerRequest.class));
            case "EnableEbsEncryptionByDefault":
                return api.enableEbsEncryptionByDefault(context, Json.read(input, EnableEbsEncryptionByDefaultRequest.class));
            case "EnableFastLaunch":
                return api.enableFastLaunch(context, Json.read(input, EnableFastLaunchRequest.class));
            case "EnableFastSnapshotRestores":
                return api.enableFastSnapshotRestores(context, Json.read(input, EnableFastSnapshotRestoresRequest.class));
            case "EnableImage":
                return api.enableImage(context, Json.read(input, EnableImageRequest.class));
            case "EnableImageBlockPublicAccess":
                return api.enableImageBlockPublicAccess(context, Json.read(input, EnableImageBlockPublicAccessRequest.class));
            case "EnableImageDeprecation":
                return api.enableImageDeprecation(context, Json.read(input, EnableImageDeprecationRequest.class));
            case "EnableImageDeregistrationProtection":
                return api.enableImageDeregistrationProtection(context, Json.read(input, EnableImageDeregistrationProtectionRequest.class));
            case "EnableInstanceSqlHaStandbyDetections":
                return api.enableInstanceSqlHaStandbyDetections(context, Json.read(input, EnableInstanceSqlHaStandbyDetectionsRequest.class));
            case "EnableIpamOrganizationAdminAccount":
                return api.enableIpamOrganizationAdminAccount(context, Json.read(input, EnableIpamOrganizationAdminAccountRequest.class));
            case "EnableIpamPolicy":
                return api.enableIpamPolicy(context, Json.read(input, EnableIpamPolicyRequest.class));
            case "EnableReachabilityAnalyzerOrganizationSharing":
                return api.enableReachabilityAnalyzerOrganizationSharing(context, Json.read(input, EnableReachabilityAnalyzerOrganizationSharingRequest.class));
            case "EnableRouteServerPropagation":
                return api.enableRouteServerPropagation(context, Json.read(input, EnableRouteServerPropagationRequest.class));
            case "EnableSerialConsoleAccess":
                return api.enableSerialConsoleAccess(context, Json.read(input, EnableSerialConsoleAccessRequest.class));
            case "EnableSnapshotBlockPublicAccess":
                return api.enableSnapshotBlockPublicAccess(context, Json.read(input, EnableSnapshotBlockPublicAccessRequest.class));
            case "EnableTransitGatewayRouteTablePropagation":
                return api.enableTransitGatewayRouteTablePropagation(context, Json.read(input, EnableTransitGatewayRouteTablePropagationRequest.class));
            case "EnableVgwRoutePropagation":
                api.enableVgwRoutePropagation(context, Json.read(input, EnableVgwRoutePropagationRequest.class));
                return null;
            case "EnableVolumeIO":
                api.enableVolumeIO(context, Json.read(input, EnableVolumeIORequest.class));
                return null;
            case "EnableVpcClassicLink":
                return api.enableVpcClassicLink(context, Json.read(input, EnableVpcClassicLinkRequest.class));
            case "EnableVpcClassicLinkDnsSupport":
                return api.enableVpcClassicLinkDnsSupport(context, Json.read(input, EnableVpcClassicLinkDnsSupportRequest.class));
            case "ExportClientVpnClientCertificateRevocationList":
                return api.exportClientVpnClientCertificateRevocationList(context, Json.read(input, ExportClientVpnClientCertificateRevocationListRequest.class));
            case "ExportClientVpnClientConfiguration":
                return api.exportClientVpnClientConfiguration(context, Json.read(input, ExportClientVpnClientConfigurationRequest.class));
            case "ExportImage":
                return api.exportImage(context, Json.read(input, ExportImageRequest.class));
            case "ExportTransitGatewayRoutes":
                return api.exportTransitGatewayRoutes(context, Json.read(input, ExportTransitGatewayRoutesRequest.class));
            case "ExportVerifiedAccessInstanceClientConfiguration":
                return api.exportVerifiedAccessInstanceClientConfiguration(context, Json.read(input, ExportVerifiedAccessInstanceClientConfigurationRequest.class));
            case "GetActiveVpnTunnelStatus":
                return api.getActiveVpnTunnelStatus(context, Json.read(input, GetActiveVpnTunnelStatusRequest.class));
            case "GetAllowedImagesSettings":
                return api.getAllowedImagesSettings(context, Json.read(input, GetAllowedImagesSettingsRequest.class));
            case "GetAssociatedEnclaveCertificateIamRoles":
                return api.getAssociatedEnclaveCertificateIamRoles(context, Json.read(input, GetAssociatedEnclaveCertificateIamRolesRequest.class));
            case "GetAssociatedIpv6PoolCidrs":
                return api.getAssociatedIpv6PoolCidrs(context, Json.read(input, GetAssociatedIpv6PoolCidrsRequest.class));
            case "GetAwsNetworkPerformanceData":
                return api.getAwsNetworkPerformanceData(context, Json.read(input, GetAwsNetworkPerformanceDataRequest.class));
            case "GetCapacityManagerAttributes":
                return api.getCapacityManagerAttributes(context, Json.read(input, GetCapacityManagerAttributesRequest.class));
            case "GetCapacityManagerMetricData":
                return api.getCapacityManagerMetricData(context, Json.read(input, GetCapacityManagerMetricDataRequest.class));
            case "GetCapacityManagerMetricDimensions":
                return api.getCapacityManagerMetricDimensions(context, Json.read(input, GetCapacityManagerMetricDimensionsRequest.class));
            case "GetCapacityManagerMonitoredTagKeys":
                return api.getCapacityManagerMonitoredTagKeys(context, Json.read(input, GetCapacityManagerMonitoredTagKeysRequest.class));
            case "GetCapacityReservationUsage":
                return api.getCapacityReservationUsage(context, Json.read(input, GetCapacityReservationUsageRequest.class));
            case "GetCoipPoolUsage":
                return api.getCoipPoolUsage(context, Json.read(input, GetCoipPoolUsageRequest.class));
            case "GetConsoleOutput":
                return api.getConsoleOutput(context, Json.read(input, GetConsoleOutputRequest.class));
            case "GetConsoleScreenshot":
                return api.getConsoleScreenshot(context, Json.read(input, GetConsoleScreenshotRequest.class));
            case "GetDeclarativePoliciesReportSummary":
                return api.getDeclarativePoliciesReportSummary(context, Json.read(input, GetDeclarativePoliciesReportSummaryRequest.class));
            case "GetDefaultCreditSpecification":
                return api.getDefaultCreditSpecification(context, Json.read(input, GetDefaultCreditSpecificationRequest.class));
            case "GetEbsDefaultKmsKeyId":
                return api.getEbsDefaultKmsKeyId(context, Json.read(input, GetEbsDefaultKmsKeyIdRequest.class));
            case "GetEbsEncryptionByDefault":
                return api.getEbsEncryptionByDefault(context, Json.read(input, GetEbsEncryptionByDefaultRequest.class));
            case "GetEnabledIpamPolicy":
                return api.getEnabledIpamPolicy(context, Json.read(input, GetEnabledIpamPolicyRequest.class));
            case "GetFlowLogsIntegrationTemplate":
                return api.getFlowLogsIntegrationTemplate(context, Json.read(input, GetFlowLogsIntegrationTemplateRequest.class));
            case "GetGroupsForCapacityReservation":
                return api.getGroupsForCapacityReservation(context, Json.read(input, GetGroupsForCapacityReservationRequest.class));
            case "GetHostReservationPurchasePreview":
                return api.getHostReservationPurchasePreview(context, Json.read(input, GetHostReservationPurchasePreviewRequest.class));
            case "GetImageAncestry":
                return api.getImageAncestry(context, Json.read(input, GetImageAncestryRequest.class));
            case "GetImageBlockPublicAccessState":
                return api.getImageBlockPublicAccessState(context, Json.read(input, GetImageBlockPublicAccessStateRequest.class));
            case "GetInstanceMetadataDefaults":
                return api.getInstanceMetadataDefaults(context, Json.read(input, GetInstanceMetadataDefaultsRequest.class));
            case "GetInstanceTpmEkPub":
                return api.getInstanceTpmEkPub(context, Json.read(input, GetInstanceTpmEkPubRequest.class));
            case "GetInstanceTypesFromInstanceRequirements":
                return api.getInstanceTypesFromInstanceRequirements(context, Json.read(input, GetInstanceTypesFromInstanceRequirementsRequest.class));
            case "GetInstanceUefiData":
                return api.getInstanceUefiData(context, Json.read(input, GetInstanceUefiDataRequest.class));
            case "GetIpamAddressHistory":
                return api.getIpamAddressHistory(context, Json.read(input, GetIpamAddressHistoryRequest.class));
            case "GetIpamDiscoveredAccounts":
                return api.getIpamDiscoveredAccounts(context, Json.read(input, GetIpamDiscoveredAccountsRequest.class));
            case "GetIpamDiscoveredPublicAddresses":
                return api.getIpamDiscoveredPublicAddresses(context, Json.read(input, GetIpamDiscoveredPublicAddressesRequest.class));
            case "GetIpamDiscoveredResourceCidrs":
                return api.getIpamDiscoveredResourceCidrs(context, Json.read(input, GetIpamDiscoveredResourceCidrsRequest.class));
            case "GetIpamPolicyAllocationRules":
                return api.getIpamPolicyAllocationRules(context, Json.read(input, GetIpamPolicyAllocationRulesRequest.class));
            case "GetIpamPolicyOrganizationTargets":
                return api.getIpamPolicyOrganizationTargets(context, Json.read(input, GetIpamPolicyOrganizationTargetsRequest.class));
            case "GetIpamPoolAllocations":
                return api.getIpamPoolAllocations(context, Json.read(input, GetIpamPoolAllocationsRequest.class));
            case "GetIpamPoolCidrs":
                return api.getIpamPoolCidrs(context, Json.read(input, GetIpamPoolCidrsRequest.class));
            case "GetIpamPrefixListResolverRules":
                return api.getIpamPrefixListResolverRules(context, Json.read(input, GetIpamPrefixListResolverRulesRequest.class));
            case "GetIpamPrefixListResolverVersionEntries":
                return api.getIpamPrefixListResolverVersionEntries(context, Json.read(input, GetIpamPrefixListResolverVersionEntriesRequest.class));
            case "GetIpamPrefixListResolverVersions":
                return api.getIpamPrefixListResolverVersions(context, Json.read(input, GetIpamPrefixListResolverVersionsRequest.class));
            case "GetIpamResourceCidrs":
                return api.getIpamResourceCidrs(context, Json.read(input, GetIpamResourceCidrsRequest.class));
            case "GetLaunchTemplateData":
                return api.getLaunchTemplateData(context, Json.read(input, GetLaunchTemplateDataRequest.class));
            case "GetManagedPrefixListAssociations":
                return api.getManagedPrefixListAssociations(context, Json.read(input, GetManagedPrefixListAssociationsRequest.class));
            case "GetManagedPrefixListEntries":
                return api.getManagedPrefixListEntries(context, Json.read(input, GetManagedPrefixListEntriesRequest.class));
            case "GetManagedResourceVisibility":
                return api.getManagedResourceVisibility(context, Json.read(input, GetManagedResourceVisibilityRequest.class));
            case "GetNetworkInsightsAccessScopeAnalysisFindings":
                return api.getNetworkInsightsAccessScopeAnalysisFindings(context, Json.read(input, GetNetworkInsightsAccessScopeAnalysisFindingsRequest.class));
            case "GetNetworkInsightsAccessScopeContent":
                return api.getNetworkInsightsAccessScopeContent(context, Json.read(input, GetNetworkInsightsAccessScopeContentRequest.class));
            case "GetPasswordData":
                return api.getPasswordData(context, Json.read(input, GetPasswordDataRequest.class));
            case "GetReservedInstancesExchangeQuote":
                return api.getReservedInstancesExchangeQuote(context, Json.read(input, GetReservedInstancesExchangeQuoteRequest.class));
            case "GetRouteServerAssociations":
                return api.getRouteServerAssociations(context, Json.read(input, GetRouteServerAssociationsRequest.class));
            case "GetRouteServerPropagations":
                return api.getRouteServerPropagations(context, Json.read(input, GetRouteServerPropagationsRequest.class));
            case "GetRouteServerRoutingDatabase":
                return api.getRouteServerRoutingDatabase(context, Json.read(input, GetRouteServerRoutingDatabaseRequest.class));
            case "GetSecurityGroupsForVpc":
                return api.getSecurityGroupsForVpc(context, Json.read(input, GetSecurityGroupsForVpcRequest.class));
            case "GetSerialConsoleAccessStatus":
                return api.getSerialConsoleAccessStatus(context, Json.read(input, GetSerialConsoleAccessStatusRequest.class));
            case "GetSnapshotBlockPublicAccessState":
                return api.getSnapshotBlockPublicAccessState(context, Json.read(input, GetSnapshotBlockPublicAccessStateRequest.class));
            case "GetSpotPlacementScores":
                return api.getSpotPlacementScores(context, Json.read(input, GetSpotPlacementScoresRequest.class));
            case "GetSubnetCidrReservations":
                return api.getSubnetCidrReservations(context, Json.read(input, GetSubnetCidrReservationsRequest.class));
            case "GetTransitGatewayAttachmentPropagations":
                return api.getTransitGatewayAttachmentPropagations(context, Json.read(input, GetTransitGatewayAttachmentPropagationsRequest.class));
            case "GetTransitGatewayMeteringPolicyEntries":
                return api.getTransitGatewayMeteringPolicyEntries(context, Json.read(input, GetTransitGatewayMeteringPolicyEntriesRequest.class));
            case "GetTransitGatewayMulticastDomainAssociations":
                return api.getTransitGatewayMulticastDomainAssociations(context, Json.read(input, GetTransitGatewayMulticastDomainAssociationsRequest.class));
            case "GetTransitGatewayPolicyTableAssociations":
                return api.getTransitGatewayPolicyTableAssociations(context, Json.read(input, GetTransitGatewayPolicyTableAssociationsRequest.class));
            case "GetTransitGatewayPolicyTableEntries":
                return api.getTransitGatewayPolicyTableEntries(context, Json.read(input, GetTransitGatewayPolicyTableEntriesRequest.class));
            case "GetTransitGatewayPrefixListReferences":
                return api.getTransitGatewayPrefixListReferences(context, Json.read(input, GetTransitGatewayPrefixListReferencesRequest.class));
            case "GetTransitGatewayRouteTableAssociations":
                return api.getTransitGatewayRouteTableAssociations(context, Json.read(input, GetTransitGatewayRouteTableAssociationsRequest.class));
            case "GetTransitGatewayRouteTablePropagations":
                return api.getTransitGatewayRouteTablePropagations(context, Json.read(input, GetTransitGatewayRouteTablePropagationsRequest.class));
            case "GetVerifiedAccessEndpointPolicy":
                return api.getVerifiedAccessEndpointPolicy(context, Json.read(input, GetVerifiedAccessEndpointPolicyRequest.class));
            case "GetVerifiedAccessEndpointTargets":
                return api.getVerifiedAccessEndpointTargets(context, Json.read(input, GetVerifiedAccessEndpointTargetsRequest.class));
            case "GetVerifiedAccessGroupPolicy":
                return api.getVerifiedAccessGroupPolicy(context, Json.read(input, GetVerifiedAccessGroupPolicyRequest.class));
            case "GetVpcResourcesBlockingEncryptionEnforcement":
                return api.getVpcResourcesBlockingEncryptionEnforcement(context, Json.read(input, GetVpcResourcesBlockingEncryptionEnforcementRequest.class));
            case "GetVpnConnectionDeviceSampleConfiguration":
                return api.getVpnConnectionDeviceSampleConfiguration(context, Json.read(input, GetVpnConnectionDeviceSampleConfigurationRequest.class));
            case "GetVpnConnectionDeviceTypes":
                return api.getVpnConnectionDeviceTypes(context, Json.read(input, GetVpnConnectionDeviceTypesRequest.class));
            case "GetVpnTunnelReplacementStatus":
                return api.getVpnTunnelReplacementStatus(context, Json.read(input, GetVpnTunnelReplacementStatusRequest.class));
            case "ImportClientVpnClientCertificateRevocationList":
                return api.importClientVpnClientCertificateRevocationList(context, Json.read(input, ImportClientVpnClientCertificateRevocationListRequest.class));
            case "ImportImage":
                return api.importImage(context, Json.read(input, ImportImageRequest.class));
            case "ImportInstance":
                return api.importInstance(context, Json.read(input, ImportInstanceRequest.class));
            case "ImportKeyPair":
                return api.importKeyPair(context, Json.read(input, ImportKeyPairRequest.class));
            case "ImportSnapshot":
                return api.importSnapshot(context, Json.read(input, ImportSnapshotRequest.class));
            case "ImportVolume":
                return api.importVolume(context, Json.read(input, ImportVolumeRequest.class));
            case "ListImagesInRecycleBin":
                return api.listImagesInRecycleBin(context, Json.read(input, ListImagesInRecycleBinRequest.class));
            case "ListSnapshotsInRecycleBin":
                return api.listSnapshotsInRecycleBin(context, Json.read(input, ListSnapshotsInRecycleBinRequest.class));
            case "ListVolumesInRecycleBin":
                return api.listVolumesInRecycleBin(context, Json.read(input, ListVolumesInRecycleBinRequest.class));
            case "LockSnapshot":
                return api.lockSnapshot(context, Json.read(input, LockSnapshotRequest.class));
            case "ModifyAddressAttribute":
                return api.modifyAddressAttribute(context, Json.read(input, ModifyAddressAttributeRequest.class));
            case "ModifyAvailabilityZoneGroup":
                return api.modifyAvailabilityZoneGroup(context, Json.read(input, ModifyAvailabilityZoneGroupRequest.class));
            case "ModifyCapacityReservation":
                return api.modifyCapacityReservation(context, Json.read(input, ModifyCapacityReservationRequest.class));
            case "ModifyCapacityReservationFleet":
                return api.modifyCapacityReservationFleet(context, Json.read(input, ModifyCapacityReservationFleetRequest.class));
            case "ModifyClientVpnEndpoint":
                return api.modifyClientVpnEndpoint(context, Json.read(input, ModifyClientVpnEndpointRequest.class));
            case "ModifyDefaultCreditSpecification":
                return api.modifyDefaultCreditSpecification(context, Json.read(input, ModifyDefaultCreditSpecificationRequest.class));
            case "ModifyEbsDefaultKmsKeyId":
                return api.modifyEbsDefaultKmsKeyId(context, Json.read(input, ModifyEbsDefaultKmsKeyIdRequest.class));
            case "ModifyFleet":
                return api.modifyFleet(context, Json.read(input, ModifyFleetRequest.class));
            case "ModifyFpgaImageAttribute":
                return api.modifyFpgaImageAttribute(context, Json.read(input, ModifyFpgaImageAttributeRequest.class));
            case "ModifyHosts":
                return api.modifyHosts(context, Json.read(input, ModifyHostsRequest.class));
            case "ModifyIdFormat":
                api.modifyIdFormat(context, Json.read(input, ModifyIdFormatRequest.class));
                return null;
            case "ModifyIdentityIdFormat":
                api.modifyIdentityIdFormat(context, Json.read(input, ModifyIdentityIdFormatRequest.class));
                return null;
            case "ModifyImageAttribute":
                api.modifyImageAttribute(context, Json.read(input, ModifyImageAttributeRequest.class));
                return null;
            case "ModifyInstanceAttribute":
                api.modifyInstanceAttribute(context, Json.read(input, ModifyInstanceAttributeRequest.class));
                return null;
            case "ModifyInstanceCapacityReservationAttributes":
                return api.modifyInstanceCapacityReservationAttributes(context, Json.read(input, ModifyInstanceCapacityReservationAttributesRequest.class));
            case "ModifyInstanceConnectEndpoint":
                return api.modifyInstanceConnectEndpoint(context, Json.read(input, ModifyInstanceConnectEndpointRequest.class));
            case "ModifyInstanceCpuOptions":
                return api.modifyInstanceCpuOptions(context, Json.read(input, ModifyInstanceCpuOptionsRequest.class));
            case "ModifyInstanceCreditSpecification":
                return api.modifyInstanceCreditSpecification(context, Json.read(input, ModifyInstanceCreditSpecificationRequest.class));
            case "ModifyInstanceEventStartTime":
                return api.modifyInstanceEventStartTime(context, Json.read(input, ModifyInstanceEventStartTimeRequest.class));
            case "ModifyInstanceEventWindow":
                return api.modifyInstanceEventWindow(context, Json.read(input, ModifyInstanceEventWindowRequest.class));
            case "ModifyInstanceMaintenanceOptions":
                return api.modifyInstanceMaintenanceOptions(context, Json.read(input, ModifyInstanceMaintenanceOptionsRequest.class));
            case "ModifyInstanceMetadataDefaults":
                return api.modifyInstanceMetadataDefaults(context, Json.read(input, ModifyInstanceMetadataDefaultsRequest.class));
            case "ModifyInstanceMetadataOptions":
                return api.modifyInstanceMetadataOptions(context, Json.read(input, ModifyInstanceMetadataOptionsRequest.class));
            case "ModifyInstanceNetworkPerformanceOptions":
                return api.modifyInstanceNetworkPerformanceOptions(context, Json.read(input, ModifyInstanceNetworkPerformanceRequest.class));
            case "ModifyInstancePlacement":
                return api.modifyInstancePlacement(context, Json.read(input, ModifyInstancePlacementRequest.class));
            case "ModifyIpam":
                return api.modifyIpam(context, Json.read(input, ModifyIpamRequest.class));
            case "ModifyIpamPolicyAllocationRules":
                return api.modifyIpamPolicyAllocationRules(context, Json.read(input, ModifyIpamPolicyAllocationRulesRequest.class));
            case "ModifyIpamPool":
                return api.modifyIpamPool(context, Json.read(input, ModifyIpamPoolRequest.class));
            case "ModifyIpamPoolAllocation":
                return api.modifyIpamPoolAllocation(context, Json.read(input, ModifyIpamPoolAllocationRequest.class));
            case "ModifyIpamPrefixListResolver":
                return api.modifyIpamPrefixListResolver(context, Json.read(input, ModifyIpamPrefixListResolverRequest.class));
            case "ModifyIpamPrefixListResolverTarget":
                return api.modifyIpamPrefixListResolverTarget(context, Json.read(input, ModifyIpamPrefixListResolverTargetRequest.class));
            case "ModifyIpamResourceCidr":
                return api.modifyIpamResourceCidr(context, Json.read(input, ModifyIpamResourceCidrRequest.class));
            case "ModifyIpamResourceDiscovery":
                return api.modifyIpamResourceDiscovery(context, Json.read(input, ModifyIpamResourceDiscoveryRequest.class));
            case "ModifyIpamScope":
                return api.modifyIpamScope(context, Json.read(input, ModifyIpamScopeRequest.class));
            case "ModifyLaunchTemplate":
                return api.modifyLaunchTemplate(context, Json.read(input, ModifyLaunchTemplateRequest.class));
            case "ModifyLocalGatewayRoute":
                return api.modifyLocalGatewayRoute(context, Json.read(input, ModifyLocalGatewayRouteRequest.class));
            case "ModifyManagedPrefixList":
                return api.modifyManagedPrefixList(context, Json.read(input, ModifyManagedPrefixListRequest.class));
            case "ModifyManagedResourceVisibility":
                return api.modifyManagedResourceVisibility(context, Json.read(input, ModifyManagedResourceVisibilityRequest.class));
            case "ModifyNetworkInterfaceAttribute":
                api.modifyNetworkInterfaceAttribute(context, Json.read(input, ModifyNetworkInterfaceAttributeRequest.class));
                return null;
            case "ModifyPrivateDnsNameOptions":
                return api.modifyPrivateDnsNameOptions(context, Json.read(input, ModifyPrivateDnsNameOptionsRequest.class));
            case "ModifyPublicIpDnsNameOptions":
                return api.modifyPublicIpDnsNameOptions(context, Json.read(input, ModifyPublicIpDnsNameOptionsRequest.class));
            case "ModifyReservedInstances":
                return api.modifyReservedInstances(context, Json.read(input, ModifyReservedInstancesRequest.class));
            case "ModifyRouteServer":
                return api.modifyRouteServer(context, Json.read(input, ModifyRouteServerRequest.class));
            case "ModifySecurityGroupRules":
                return api.modifySecurityGroupRules(context, Json.read(input, ModifySecurityGroupRulesRequest.class));
            case "ModifySnapshotAttribute":
                api.modifySnapshotAttribute(context, Json.read(input, ModifySnapshotAttributeRequest.class));
                return null;
            case "ModifySnapshotTier":
                return api.modifySnapshotTier(context, Json.read(input, ModifySnapshotTierRequest.class));
            case "ModifySpotFleetRequest":
                return api.modifySpotFleetRequest(context, Json.read(input, ModifySpotFleetRequestRequest.class));
            case "ModifySubnetAttribute":
                api.modifySubnetAttribute(context, Json.read(input, ModifySubnetAttributeRequest.class));
                return null;
            case "ModifyTrafficMirrorFilterNetworkServices":
                return api.modifyTrafficMirrorFilterNetworkServices(context, Json.read(input, ModifyTrafficMirrorFilterNetworkServicesRequest.class));
            case "ModifyTrafficMirrorFilterRule":
                return api.modifyTrafficMirrorFilterRule(context, Json.read(input, ModifyTrafficMirrorFilterRuleRequest.class));
            case "ModifyTrafficMirrorSession":
                return api.modifyTrafficMirrorSession(context, Json.read(input, ModifyTrafficMirrorSessionRequest.class));
            case "ModifyTransitGateway":
                return api.modifyTransitGateway(context, Json.read(input, ModifyTransitGatewayRequest.class));
            case "ModifyTransitGatewayMeteringPolicy":
                return api.modifyTransitGatewayMeteringPolicy(context, Json.read(input, ModifyTransitGatewayMeteringPolicyRequest.class));
            case "ModifyTransitGatewayPrefixListReference":
                return api.modifyTransitGatewayPrefixListReference(context, Json.read(input, ModifyTransitGatewayPrefixListReferenceRequest.class));
            case "ModifyTransitGatewayVpcAttachment":
                return api.modifyTransitGatewayVpcAttachment(context, Json.read(input, ModifyTransitGatewayVpcAttachmentRequest.class));
            case "ModifyVerifiedAccessEndpoint":
                return api.modifyVerifiedAccessEndpoint(context, Json.read(input, ModifyVerifiedAccessEndpointRequest.class));
            case "ModifyVerifiedAccessEndpointPolicy":
                return api.modifyVerifiedAccessEndpointPolicy(context, Json.read(input, ModifyVerifiedAccessEndpointPolicyRequest.class));
            case "ModifyVerifiedAccessGroup":
                return api.modifyVerifiedAccessGroup(context, Json.read(input, ModifyVerifiedAccessGroupRequest.class));
            case "ModifyVerifiedAccessGroupPolicy":
                return api.modifyVerifiedAccessGroupPolicy(context, Json.read(input, ModifyVerifiedAccessGroupPolicyRequest.class));
            case "ModifyVerifiedAccessInstance":
                return api.modifyVerifiedAccessInstance(context, Json.read(input, ModifyVerifiedAccessInstanceRequest.class));
            case "ModifyVerifiedAccessInstanceLoggingConfiguration":
                return api.modifyVerifiedAccessInstanceLoggingConfiguration(context, Json.read(input, ModifyVerifiedAccessInstanceLoggingConfigurationRequest.class));
            case "ModifyVerifiedAccessTrustProvider":
                return api.modifyVerifiedAccessTrustProvider(context, Json.read(input, ModifyVerifiedAccessTrustProviderRequest.class));
            case "ModifyVolume":
                return api.modifyVolume(context, Json.read(input, ModifyVolumeRequest.class));
            case "ModifyVolumeAttribute":
                api.modifyVolumeAttribute(context, Json.read(input, ModifyVolumeAttributeRequest.class));
                return null;
            case "ModifyVpcAttribute":
                api.modifyVpcAttribute(context, Json.read(input, ModifyVpcAttributeRequest.class));
                return null;
            case "ModifyVpcBlockPublicAccessExclusion":
                return api.modifyVpcBlockPublicAccessExclusion(context, Json.read(input, ModifyVpcBlockPublicAccessExclusionRequest.class));
            case "ModifyVpcBlockPublicAccessOptions":
                return api.modifyVpcBlockPublicAccessOptions(context, Json.read(input, ModifyVpcBlockPublicAccessOptionsRequest.class));
            case "ModifyVpcEncryptionControl":
                return api.modifyVpcEncryptionControl(context, Json.read(input, ModifyVpcEncryptionControlRequest.class));
            case "ModifyVpcEndpoint":
                return api.modifyVpcEndpoint(context, Json.read(input, ModifyVpcEndpointRequest.class));
            case "ModifyVpcEndpointConnectionNotification":
                return api.modifyVpcEndpointConnectionNotification(context, Json.read(input, ModifyVpcEndpointConnectionNotificationRequest.class));
            case "ModifyVpcEndpointServiceConfiguration":
                return api.modifyVpcEndpointServiceConfiguration(context, Json.read(input, ModifyVpcEndpointServiceConfigurationRequest.class));
            case "ModifyVpcEndpointServicePayerResponsibility":
                return api.modifyVpcEndpointServicePayerResponsibility(context, Json.read(input, ModifyVpcEndpointServicePayerResponsibilityRequest.class));
            case "ModifyVpcEndpointServicePermissions":
                return api.modifyVpcEndpointServicePermissions(context, Json.read(input, ModifyVpcEndpointServicePermissionsRequest.class));
            case "ModifyVpcPeeringConnectionOptions":
                return api.modifyVpcPeeringConnectionOptions(context, Json.read(input, ModifyVpcPeeringConnectionOptionsRequest.class));
            case "ModifyVpcTenancy":
                return api.modifyVpcTenancy(context, Json.read(input, ModifyVpcTenancyRequest.class));
            case "ModifyVpnConnection":
                return api.modifyVpnConnection(context, Json.read(input, ModifyVpnConnectionRequest.class));
            case "ModifyVpnConnectionOptions":
                return api.modifyVpnConnectionOptions(context, Json.read(input, ModifyVpnConnectionOptionsRequest.class));
            case "ModifyVpnTunnelCertificate":
                return api.modifyVpnTunnelCertificate(context, Json.read(input, ModifyVpnTunnelCertificateRequest.class));
            case "ModifyVpnTunnelOptions":
                return api.modifyVpnTunnelOptions(context, Json.read(input, ModifyVpnTunnelOptionsRequest.class));
            case "MonitorInstances":
                return api.monitorInstances(context, Json.read(input, MonitorInstancesRequest.class));
            case "MoveAddressToVpc":
                return api.moveAddressToVpc(context, Json.read(input, MoveAddressToVpcRequest.class));
            case "MoveByoipCidrToIpam":
                return api.moveByoipCidrToIpam(context, Json.read(input, MoveByoipCidrToIpamRequest.class));
            case "MoveCapacityReservationInstances":
                return api.moveCapacityReservationInstances(context, Json.read(input, MoveCapacityReservationInstancesRequest.class));
            case "ProvisionByoipCidr":
                return api.provisionByoipCidr(context, Json.read(input, ProvisionByoipCidrRequest.class));
            case "ProvisionIpamByoasn":
                return api.provisionIpamByoasn(context, Json.read(input, ProvisionIpamByoasnRequest.class));
            case "ProvisionIpamPoolCidr":
                return api.provisionIpamPoolCidr(context, Json.read(input, ProvisionIpamPoolCidrRequest.class));
            case "ProvisionPublicIpv4PoolCidr":
                return api.provisionPublicIpv4PoolCidr(context, Json.read(input, ProvisionPublicIpv4PoolCidrRequest.class));
            case "PurchaseCapacityBlock":
                return api.purchaseCapacityBlock(context, Json.read(input, PurchaseCapacityBlockRequest.class));
            case "PurchaseCapacityBlockExtension":
                return api.purchaseCapacityBlockExtension(context, Json.read(input, PurchaseCapacityBlockExtensionRequest.class));
            case "PurchaseHostReservation":
                return api.purchaseHostReservation(context, Json.read(input, PurchaseHostReservationRequest.class));
            case "PurchaseReservedInstancesOffering":
                return api.purchaseReservedInstancesOffering(context, Json.read(input, PurchaseReservedInstancesOfferingRequest.class));
            case "PurchaseScheduledInstances":
                return api.purchaseScheduledInstances(context, Json.read(input, PurchaseScheduledInstancesRequest.class));
            case "RebootInstances":
                api.rebootInstances(context, Json.read(input, RebootInstancesRequest.class));
                return null;
            case "RegisterImage":
                return api.registerImage(context, Json.read(input, RegisterImageRequest.class));
            case "RegisterInstanceEventNotificationAttributes":
                return api.registerInstanceEventNotificationAttributes(context, Json.read(input, RegisterInstanceEventNotificationAttributesRequest.class));
            case "RegisterTransitGatewayMulticastGroupMembers":
                return api.registerTransitGatewayMulticastGroupMembers(context, Json.read(input, RegisterTransitGatewayMulticastGroupMembersRequest.class));
            case "RegisterTransitGatewayMulticastGroupSources":
                return api.registerTransitGatewayMulticastGroupSources(context, Json.read(input, RegisterTransitGatewayMulticastGroupSourcesRequest.class));
            case "RejectCapacityReservationBillingOwnership":
                return api.rejectCapacityReservationBillingOwnership(context, Json.read(input, RejectCapacityReservationBillingOwnershipRequest.class));
            case "RejectTransitGatewayClientVpnAttachment":
                return api.rejectTransitGatewayClientVpnAttachment(context, Json.read(input, RejectTransitGatewayClientVpnAttachmentRequest.class));
            case "RejectTransitGatewayMulticastDomainAssociations":
                return api.rejectTransitGatewayMulticastDomainAssociations(context, Json.read(input, RejectTransitGatewayMulticastDomainAssociationsRequest.class));
            case "RejectTransitGatewayPeeringAttachment":
                return api.rejectTransitGatewayPeeringAttachment(context, Json.read(input, RejectTransitGatewayPeeringAttachmentRequest.class));
            case "RejectTransitGatewayVpcAttachment":
                return api.rejectTransitGatewayVpcAttachment(context, Json.read(input, RejectTransitGatewayVpcAttachmentRequest.class));
            case "RejectVpcEndpointConnections":
                return api.rejectVpcEndpointConnections(context, Json.read(input, RejectVpcEndpointConnectionsRequest.class));
            case "RejectVpcPeeringConnection":
                return api.rejectVpcPeeringConnection(context, Json.read(input, RejectVpcPeeringConnectionRequest.class));
            case "ReleaseAddress":
                api.releaseAddress(context, Json.read(input, ReleaseAddressRequest.class));
                return null;
            case "ReleaseHosts":
                return api.releaseHosts(context, Json.read(input, ReleaseHostsRequest.class));
            case "ReleaseIpamPoolAllocation":
                return api.releaseIpamPoolAllocation(context, Json.read(input, ReleaseIpamPoolAllocationRequest.class));
            case "ReplaceIamInstanceProfileAssociation":
                return api.replaceIamInstanceProfileAssociation(context, Json.read(input, ReplaceIamInstanceProfileAssociationRequest.class));
            case "ReplaceImageCriteriaInAllowedImagesSettings":
                return api.replaceImageCriteriaInAllowedImagesSettings(context, Json.read(input, ReplaceImageCriteriaInAllowedImagesSettingsRequest.class));
            case "ReplaceNetworkAclAssociation":
                return api.replaceNetworkAclAssociation(context, Json.read(input, ReplaceNetworkAclAssociationRequest.class));
            case "ReplaceNetworkAclEntry":
                api.replaceNetworkAclEntry(context, Json.read(input, ReplaceNetworkAclEntryRequest.class));
                return null;
            case "ReplaceRoute":
                api.replaceRoute(context, Json.read(input, ReplaceRouteRequest.class));
                return null;
            case "ReplaceRouteTableAssociation":
                return api.replaceRouteTableAssociation(context, Json.read(input, ReplaceRouteTableAssociationRequest.class));
            case "ReplaceTransitGatewayRoute":
                return api.replaceTransitGatewayRoute(context, Json.read(input, ReplaceTransitGatewayRouteRequest.class));
            case "ReplaceVpnTunnel":
                return api.replaceVpnTunnel(context, Json.read(input, ReplaceVpnTunnelRequest.class));
            case "ReportInstanceStatus":
                api.reportInstanceStatus(context, Json.read(input, ReportInstanceStatusRequest.class));
                return null;
            case "RequestSpotFleet":
                return api.requestSpotFleet(context, Json.read(input, RequestSpotFleetRequest.class));
            case "RequestSpotInstances":
                return api.requestSpotInstances(context, Json.read(input, RequestSpotInstancesRequest.class));
            case "ResetAddressAttribute":
                return api.resetAddressAttribute(context, Json.read(input, ResetAddressAttributeRequest.class));
            case "ResetEbsDefaultKmsKeyId":
                return api.resetEbsDefaultKmsKeyId(context, Json.read(input, ResetEbsDefaultKmsKeyIdRequest.class));
            case "ResetFpgaImageAttribute":
                return api.resetFpgaImageAttribute(context, Json.read(input, ResetFpgaImageAttributeRequest.class));
            case "ResetImageAttribute":
                api.resetImageAttribute(context, Json.read(input, ResetImageAttributeRequest.class));
                return null;
            case "ResetInstanceAttribute":
                api.resetInstanceAttribute(context, Json.read(input, ResetInstanceAttributeRequest.class));
                return null;
            case "ResetNetworkInterfaceAttribute":
                api.resetNetworkInterfaceAttribute(context, Json.read(input, ResetNetworkInterfaceAttributeRequest.class));
                return null;
            case "ResetSnapshotAttribute":
                api.resetSnapshotAttribute(context, Json.read(input, ResetSnapshotAttributeRequest.class));
                return null;
            case "RestoreAddressToClassic":
                return api.restoreAddressToClassic(context, Json.read(input, RestoreAddressToClassicRequest.class));
            case "RestoreImageFromRecycleBin":
                return api.restoreImageFromRecycleBin(context, Json.read(input, RestoreImageFromRecycleBinRequest.class));
            case "RestoreManagedPrefixListVersion":
                return api.restoreManagedPrefixListVersion(context, Json.read(input, RestoreManagedPrefixListVersionRequest.class));
            case "RestoreSnapshotFromRecycleBin":
                return api.restoreSnapshotFromRecycleBin(context, Json.read(input, RestoreSnapshotFromRecycleBinRequest.class));
            case "RestoreSnapshotTier":
                return api.restoreSnapshotTier(context, Json.read(input, RestoreSnapshotTierRequest.class));
            case "RestoreVolumeFromRecycleBin":
                return api.restoreVolumeFromRecycleBin(context, Json.read(input, RestoreVolumeFromRecycleBinRequest.class));
            case "RevokeClientVpnIngress":
                return api.revokeClientVpnIngress(context, Json.read(input, RevokeClientVpnIngressRequest.class));
            case "RevokeSecurityGroupEgress":
                return api.revokeSecurityGroupEgress(context, Json.read(input, RevokeSecurityGroupEgressRequest.class));
            case "RevokeSecurityGroupIngress":
                return api.revokeSecurityGroupIngress(context, Json.read(input, RevokeSecurityGroupIngressRequest.class));
            case "RunInstances":
                return api.runInstances(context, Json.read(input, RunInstancesRequest.class));
            case "RunScheduledInstances":
                return api.runScheduledInstances(context, Json.read(input, RunScheduledInstancesRequest.class));
            case "SearchLocalGatewayRoutes":
                return api.searchLocalGatewayRoutes(context, Json.read(input, SearchLocalGatewayRoutesRequest.class));
            case "SearchTransitGatewayMulticastGroups":
                return api.searchTransitGatewayMulticastGroups(context, Json.read(input, SearchTransitGatewayMulticastGroupsRequest.class));
            case "SearchTransitGatewayRoutes":
                return api.searchTransitGatewayRoutes(context, Json.read(input, SearchTransitGatewayRoutesRequest.class));
            case "SendDiagnosticInterrupt":
                api.sendDiagnosticInterrupt(context, Json.read(input, SendDiagnosticInterruptRequest.class));
                return null;
            case "StartDeclarativePoliciesReport":
                return api.startDeclarativePoliciesReport(context, Json.read(input, StartDeclarativePoliciesReportRequest.class));
            case "StartInstances":
                return api.startInstances(context, Json.read(input, StartInstancesRequest.class));
            case "StartNetworkInsightsAccessScopeAnalysis":
                return api.startNetworkInsightsAccessScopeAnalysis(context, Json.read(input, StartNetworkInsightsAccessScopeAnalysisRequest.class));
            case "StartNetworkInsightsAnalysis":
                return api.startNetworkInsightsAnalysis(context, Json.read(input, StartNetworkInsightsAnalysisRequest.class));
            case "StartVpcEndpointServicePrivateDnsVerification":
                return api.startVpcEndpointServicePrivateDnsVerification(context, Json.read(input, StartVpcEndpointServicePrivateDnsVerificationRequest.class));
            case "StopInstances":
                return api.stopInstances(context, Json.read(input, StopInstancesRequest.class));
            case "TerminateClientVpnConnections":
                return api.terminateClientVpnConnections(context, Json.read(input, TerminateClientVpnConnectionsRequest.class));
            case "TerminateInstances":
                return api.terminateInstances(context, Json.read(input, TerminateInstancesRequest.class));
            case "UnassignIpv6Addresses":
                return api.unassignIpv6Addresses(context, Json.read(input, UnassignIpv6AddressesRequest.class));
            case "UnassignPrivateIpAddresses":
                api.unassignPrivateIpAddresses(context, Json.read(input, UnassignPrivateIpAddressesRequest.class));
                return null;
            case "UnassignPrivateNatGatewayAddress":
                return api.unassignPrivateNatGatewayAddress(context, Json.read(input, UnassignPrivateNatGatewayAddressRequest.class));
            case "UnlockSnapshot":
                return api.unlockSnapshot(context, Json.read(input, UnlockSnapshotRequest.class));
            case "UnmonitorInstances":
                return api.unmonitorInstances(context, Json.read(input, UnmonitorInstancesRequest.class));
            case "UpdateCapacityManagerMonitoredTagKeys":
                return api.updateCapacityManagerMonitoredTagKeys(context, Json.read(input, UpdateCapacityManagerMonitoredTagKeysRequest.class));
            case "UpdateCapacityManagerOrganizationsAccess":
                return api.updateCapacityManagerOrganizationsAccess(context, Json.read(input, UpdateCapacityManagerOrganizationsAccessRequest.class));
            case "UpdateInterruptibleCapacityReservationAllocation":
                return api.updateInterruptibleCapacityReservationAllocation(context, Json.read(input, UpdateInterruptibleCapacityReservationAllocationRequest.class));
            case "UpdateSecurityGroupRuleDescriptionsEgress":
                return api.updateSecurityGroupRuleDescriptionsEgress(context, Json.read(input, UpdateSecurityGroupRuleDescriptionsEgressRequest.class));
            case "UpdateSecurityGroupRuleDescriptionsIngress":
                return api.updateSecurityGroupRuleDescriptionsIngress(context, Json.read(input, UpdateSecurityGroupRuleDescriptionsIngressRequest.class));
            case "WithdrawByoipCidr":
                return api.withdrawByoipCidr(context, Json.read(input, WithdrawByoipCidrRequest.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
