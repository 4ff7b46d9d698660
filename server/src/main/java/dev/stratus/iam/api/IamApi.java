// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of iam, one method each; those a service does not override answer 501. */
public interface IamApi {

    default void acceptDelegationRequest(RequestContext context, AcceptDelegationRequestRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void addClientIDToOpenIDConnectProvider(RequestContext context, AddClientIDToOpenIDConnectProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void addRoleToInstanceProfile(RequestContext context, AddRoleToInstanceProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void addUserToGroup(RequestContext context, AddUserToGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void associateDelegationRequest(RequestContext context, AssociateDelegationRequestRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void attachGroupPolicy(RequestContext context, AttachGroupPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void attachRolePolicy(RequestContext context, AttachRolePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void attachUserPolicy(RequestContext context, AttachUserPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void changePassword(RequestContext context, ChangePasswordRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateAccessKeyResponse createAccessKey(RequestContext context, CreateAccessKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void createAccountAlias(RequestContext context, CreateAccountAliasRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateDelegationRequestResponse createDelegationRequest(RequestContext context, CreateDelegationRequestRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateGroupResponse createGroup(RequestContext context, CreateGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateInstanceProfileResponse createInstanceProfile(RequestContext context, CreateInstanceProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLoginProfileResponse createLoginProfile(RequestContext context, CreateLoginProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateOpenIDConnectProviderResponse createOpenIDConnectProvider(RequestContext context, CreateOpenIDConnectProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreatePolicyResponse createPolicy(RequestContext context, CreatePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreatePolicyVersionResponse createPolicyVersion(RequestContext context, CreatePolicyVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateRoleResponse createRole(RequestContext context, CreateRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSAMLProviderResponse createSAMLProvider(RequestContext context, CreateSAMLProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateServiceLinkedRoleResponse createServiceLinkedRole(RequestContext context, CreateServiceLinkedRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateServiceSpecificCredentialResponse createServiceSpecificCredential(RequestContext context, CreateServiceSpecificCredentialRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateUserResponse createUser(RequestContext context, CreateUserRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateVirtualMFADeviceResponse createVirtualMFADevice(RequestContext context, CreateVirtualMFADeviceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deactivateMFADevice(RequestContext context, DeactivateMFADeviceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteAccessKey(RequestContext context, DeleteAccessKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteAccountAlias(RequestContext context, DeleteAccountAliasRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteAccountPasswordPolicy(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default void deleteGroup(RequestContext context, DeleteGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteGroupPolicy(RequestContext context, DeleteGroupPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteInstanceProfile(RequestContext context, DeleteInstanceProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteLoginProfile(RequestContext context, DeleteLoginProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteOpenIDConnectProvider(RequestContext context, DeleteOpenIDConnectProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deletePolicy(RequestContext context, DeletePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deletePolicyVersion(RequestContext context, DeletePolicyVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteRole(RequestContext context, DeleteRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteRolePermissionsBoundary(RequestContext context, DeleteRolePermissionsBoundaryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteRolePolicy(RequestContext context, DeleteRolePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteSAMLProvider(RequestContext context, DeleteSAMLProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteSSHPublicKey(RequestContext context, DeleteSSHPublicKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteServerCertificate(RequestContext context, DeleteServerCertificateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteServiceLinkedRoleResponse deleteServiceLinkedRole(RequestContext context, DeleteServiceLinkedRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteServiceSpecificCredential(RequestContext context, DeleteServiceSpecificCredentialRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteSigningCertificate(RequestContext context, DeleteSigningCertificateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteUser(RequestContext context, DeleteUserRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteUserPermissionsBoundary(RequestContext context, DeleteUserPermissionsBoundaryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteUserPolicy(RequestContext context, DeleteUserPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteVirtualMFADevice(RequestContext context, DeleteVirtualMFADeviceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void detachGroupPolicy(RequestContext context, DetachGroupPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void detachRolePolicy(RequestContext context, DetachRolePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void detachUserPolicy(RequestContext context, DetachUserPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableOrganizationsRootCredentialsManagementResponse disableOrganizationsRootCredentialsManagement(RequestContext context, DisableOrganizationsRootCredentialsManagementRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableOrganizationsRootSessionsResponse disableOrganizationsRootSessions(RequestContext context, DisableOrganizationsRootSessionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void disableOutboundWebIdentityFederation(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default void enableMFADevice(RequestContext context, EnableMFADeviceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableOrganizationsRootCredentialsManagementResponse enableOrganizationsRootCredentialsManagement(RequestContext context, EnableOrganizationsRootCredentialsManagementRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableOrganizationsRootSessionsResponse enableOrganizationsRootSessions(RequestContext context, EnableOrganizationsRootSessionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableOutboundWebIdentityFederationResponse enableOutboundWebIdentityFederation(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default GenerateCredentialReportResponse generateCredentialReport(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default GenerateOrganizationsAccessReportResponse generateOrganizationsAccessReport(RequestContext context, GenerateOrganizationsAccessReportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GenerateServiceLastAccessedDetailsResponse generateServiceLastAccessedDetails(RequestContext context, GenerateServiceLastAccessedDetailsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAccessKeyLastUsedResponse getAccessKeyLastUsed(RequestContext context, GetAccessKeyLastUsedRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAccountAuthorizationDetailsResponse getAccountAuthorizationDetails(RequestContext context, GetAccountAuthorizationDetailsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAccountPasswordPolicyResponse getAccountPasswordPolicy(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default GetAccountSummaryResponse getAccountSummary(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default GetContextKeysForPolicyResponse getContextKeysForCustomPolicy(RequestContext context, GetContextKeysForCustomPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetContextKeysForPolicyResponse getContextKeysForPrincipalPolicy(RequestContext context, GetContextKeysForPrincipalPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCredentialReportResponse getCredentialReport(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default GetDelegationRequestResponse getDelegationRequest(RequestContext context, GetDelegationRequestRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetGroupResponse getGroup(RequestContext context, GetGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetGroupPolicyResponse getGroupPolicy(RequestContext context, GetGroupPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetHumanReadableSummaryResponse getHumanReadableSummary(RequestContext context, GetHumanReadableSummaryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetInstanceProfileResponse getInstanceProfile(RequestContext context, GetInstanceProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLoginProfileResponse getLoginProfile(RequestContext context, GetLoginProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetMFADeviceResponse getMFADevice(RequestContext context, GetMFADeviceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetOpenIDConnectProviderResponse getOpenIDConnectProvider(RequestContext context, GetOpenIDConnectProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetOrganizationsAccessReportResponse getOrganizationsAccessReport(RequestContext context, GetOrganizationsAccessReportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetOutboundWebIdentityFederationInfoResponse getOutboundWebIdentityFederationInfo(RequestContext context) {
        throw AwsException.notImplemented(context);
    }

    default GetPolicyResponse getPolicy(RequestContext context, GetPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetPolicyVersionResponse getPolicyVersion(RequestContext context, GetPolicyVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetRoleResponse getRole(RequestContext context, GetRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetRolePolicyResponse getRolePolicy(RequestContext context, GetRolePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetSAMLProviderResponse getSAMLProvider(RequestContext context, GetSAMLProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetSSHPublicKeyResponse getSSHPublicKey(RequestContext context, GetSSHPublicKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetServerCertificateResponse getServerCertificate(RequestContext context, GetServerCertificateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetServiceLastAccessedDetailsResponse getServiceLastAccessedDetails(RequestContext context, GetServiceLastAccessedDetailsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetServiceLastAccessedDetailsWithEntitiesResponse getServiceLastAccessedDetailsWithEntities(RequestContext context, GetServiceLastAccessedDetailsWithEntitiesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetServiceLinkedRoleDeletionStatusResponse getServiceLinkedRoleDeletionStatus(RequestContext context, GetServiceLinkedRoleDeletionStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetUserResponse getUser(RequestContext context, GetUserRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetUserPolicyResponse getUserPolicy(RequestContext context, GetUserPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAccessKeysResponse listAccessKeys(RequestContext context, ListAccessKeysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAccountAliasesResponse listAccountAliases(RequestContext context, ListAccountAliasesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAttachedGroupPoliciesResponse listAttachedGroupPolicies(RequestContext context, ListAttachedGroupPoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAttachedRolePoliciesResponse listAttachedRolePolicies(RequestContext context, ListAttachedRolePoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAttachedUserPoliciesResponse listAttachedUserPolicies(RequestContext context, ListAttachedUserPoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListDelegationRequestsResponse listDelegationRequests(RequestContext context, ListDelegationRequestsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListEntitiesForPolicyResponse listEntitiesForPolicy(RequestContext context, ListEntitiesForPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListGroupPoliciesResponse listGroupPolicies(RequestContext context, ListGroupPoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListGroupsResponse listGroups(RequestContext context, ListGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListGroupsForUserResponse listGroupsForUser(RequestContext context, ListGroupsForUserRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListInstanceProfileTagsResponse listInstanceProfileTags(RequestContext context, ListInstanceProfileTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListInstanceProfilesResponse listInstanceProfiles(RequestContext context, ListInstanceProfilesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListInstanceProfilesForRoleResponse listInstanceProfilesForRole(RequestContext context, ListInstanceProfilesForRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListMFADeviceTagsResponse listMFADeviceTags(RequestContext context, ListMFADeviceTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListMFADevicesResponse listMFADevices(RequestContext context, ListMFADevicesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListOpenIDConnectProviderTagsResponse listOpenIDConnectProviderTags(RequestContext context, ListOpenIDConnectProviderTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListOpenIDConnectProvidersResponse listOpenIDConnectProviders(RequestContext context, ListOpenIDConnectProvidersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListOrganizationsFeaturesResponse listOrganizationsFeatures(RequestContext context, ListOrganizationsFeaturesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListPoliciesResponse listPolicies(RequestContext context, ListPoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListPoliciesGrantingServiceAccessResponse listPoliciesGrantingServiceAccess(RequestContext context, ListPoliciesGrantingServiceAccessRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListPolicyTagsResponse listPolicyTags(RequestContext context, ListPolicyTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListPolicyVersionsResponse listPolicyVersions(RequestContext context, ListPolicyVersionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListRolePoliciesResponse listRolePolicies(RequestContext context, ListRolePoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListRoleTagsResponse listRoleTags(RequestContext context, ListRoleTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListRolesResponse listRoles(RequestContext context, ListRolesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListSAMLProviderTagsResponse listSAMLProviderTags(RequestContext context, ListSAMLProviderTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListSAMLProvidersResponse listSAMLProviders(RequestContext context, ListSAMLProvidersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListSSHPublicKeysResponse listSSHPublicKeys(RequestContext context, ListSSHPublicKeysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListServerCertificateTagsResponse listServerCertificateTags(RequestContext context, ListServerCertificateTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListServerCertificatesResponse listServerCertificates(RequestContext context, ListServerCertificatesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListServiceSpecificCredentialsResponse listServiceSpecificCredentials(RequestContext context, ListServiceSpecificCredentialsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListSigningCertificatesResponse listSigningCertificates(RequestContext context, ListSigningCertificatesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListUserPoliciesResponse listUserPolicies(RequestContext context, ListUserPoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListUserTagsResponse listUserTags(RequestContext context, ListUserTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListUsersResponse listUsers(RequestContext context, ListUsersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListVirtualMFADevicesResponse listVirtualMFADevices(RequestContext context, ListVirtualMFADevicesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putGroupPolicy(RequestContext context, PutGroupPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putRolePermissionsBoundary(RequestContext context, PutRolePermissionsBoundaryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putRolePolicy(RequestContext context, PutRolePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putUserPermissionsBoundary(RequestContext context, PutUserPermissionsBoundaryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putUserPolicy(RequestContext context, PutUserPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void rejectDelegationRequest(RequestContext context, RejectDelegationRequestRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void removeClientIDFromOpenIDConnectProvider(RequestContext context, RemoveClientIDFromOpenIDConnectProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void removeRoleFromInstanceProfile(RequestContext context, RemoveRoleFromInstanceProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void removeUserFromGroup(RequestContext context, RemoveUserFromGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ResetServiceSpecificCredentialResponse resetServiceSpecificCredential(RequestContext context, ResetServiceSpecificCredentialRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void resyncMFADevice(RequestContext context, ResyncMFADeviceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void sendDelegationToken(RequestContext context, SendDelegationTokenRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void setDefaultPolicyVersion(RequestContext context, SetDefaultPolicyVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void setSecurityTokenServicePreferences(RequestContext context, SetSecurityTokenServicePreferencesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SimulatePolicyResponse simulateCustomPolicy(RequestContext context, SimulateCustomPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SimulatePolicyResponse simulatePrincipalPolicy(RequestContext context, SimulatePrincipalPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagInstanceProfile(RequestContext context, TagInstanceProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagMFADevice(RequestContext context, TagMFADeviceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagOpenIDConnectProvider(RequestContext context, TagOpenIDConnectProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagPolicy(RequestContext context, TagPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagRole(RequestContext context, TagRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagSAMLProvider(RequestContext context, TagSAMLProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagServerCertificate(RequestContext context, TagServerCertificateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagUser(RequestContext context, TagUserRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagInstanceProfile(RequestContext context, UntagInstanceProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagMFADevice(RequestContext context, UntagMFADeviceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagOpenIDConnectProvider(RequestContext context, UntagOpenIDConnectProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagPolicy(RequestContext context, UntagPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagRole(RequestContext context, UntagRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagSAMLProvider(RequestContext context, UntagSAMLProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagServerCertificate(RequestContext context, UntagServerCertificateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagUser(RequestContext context, UntagUserRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateAccessKey(RequestContext context, UpdateAccessKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateAccountPasswordPolicy(RequestContext context, UpdateAccountPasswordPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateAssumeRolePolicy(RequestContext context, UpdateAssumeRolePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateDelegationRequest(RequestContext context, UpdateDelegationRequestRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateGroup(RequestContext context, UpdateGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateLoginProfile(RequestContext context, UpdateLoginProfileRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateOpenIDConnectProviderThumbprint(RequestContext context, UpdateOpenIDConnectProviderThumbprintRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateRoleResponse updateRole(RequestContext context, UpdateRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateRoleDescriptionResponse updateRoleDescription(RequestContext context, UpdateRoleDescriptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateSAMLProviderResponse updateSAMLProvider(RequestContext context, UpdateSAMLProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateSSHPublicKey(RequestContext context, UpdateSSHPublicKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateServerCertificate(RequestContext context, UpdateServerCertificateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateServiceSpecificCredential(RequestContext context, UpdateServiceSpecificCredentialRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateSigningCertificate(RequestContext context, UpdateSigningCertificateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateUser(RequestContext context, UpdateUserRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UploadSSHPublicKeyResponse uploadSSHPublicKey(RequestContext context, UploadSSHPublicKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UploadServerCertificateResponse uploadServerCertificate(RequestContext context, UploadServerCertificateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UploadSigningCertificateResponse uploadSigningCertificate(RequestContext context, UploadSigningCertificateRequest input) {
        throw AwsException.notImplemented(context);
    }
}
