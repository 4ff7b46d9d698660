// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class IamDispatcher implements ServiceDispatcher {
    private final IamApi api;

    public IamDispatcher(IamApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AcceptDelegationRequest":
                api.acceptDelegationRequest(context, Json.read(input, AcceptDelegationRequestRequest.class));
                return null;
            case "AddClientIDToOpenIDConnectProvider":
                api.addClientIDToOpenIDConnectProvider(context, Json.read(input, AddClientIDToOpenIDConnectProviderRequest.class));
                return null;
            case "AddRoleToInstanceProfile":
                api.addRoleToInstanceProfile(context, Json.read(input, AddRoleToInstanceProfileRequest.class));
                return null;
            case "AddUserToGroup":
                api.addUserToGroup(context, Json.read(input, AddUserToGroupRequest.class));
                return null;
            case "AssociateDelegationRequest":
                api.associateDelegationRequest(context, Json.read(input, AssociateDelegationRequestRequest.class));
                return null;
            case "AttachGroupPolicy":
                api.attachGroupPolicy(context, Json.read(input, AttachGroupPolicyRequest.class));
                return null;
            case "AttachRolePolicy":
                api.attachRolePolicy(context, Json.read(input, AttachRolePolicyRequest.class));
                return null;
            case "AttachUserPolicy":
                api.attachUserPolicy(context, Json.read(input, AttachUserPolicyRequest.class));
                return null;
            case "ChangePassword":
                api.changePassword(context, Json.read(input, ChangePasswordRequest.class));
                return null;
            case "CreateAccessKey":
                return api.createAccessKey(context, Json.read(input, CreateAccessKeyRequest.class));
            case "CreateAccountAlias":
                api.createAccountAlias(context, Json.read(input, CreateAccountAliasRequest.class));
                return null;
            case "CreateDelegationRequest":
                return api.createDelegationRequest(context, Json.read(input, CreateDelegationRequestRequest.class));
            case "CreateGroup":
                return api.createGroup(context, Json.read(input, CreateGroupRequest.class));
            case "CreateInstanceProfile":
                return api.createInstanceProfile(context, Json.read(input, CreateInstanceProfileRequest.class));
            case "CreateLoginProfile":
                return api.createLoginProfile(context, Json.read(input, CreateLoginProfileRequest.class));
            case "CreateOpenIDConnectProvider":
                return api.createOpenIDConnectProvider(context, Json.read(input, CreateOpenIDConnectProviderRequest.class));
            case "CreatePolicy":
                return api.createPolicy(context, Json.read(input, CreatePolicyRequest.class));
            case "CreatePolicyVersion":
                return api.createPolicyVersion(context, Json.read(input, CreatePolicyVersionRequest.class));
            case "CreateRole":
                return api.createRole(context, Json.read(input, CreateRoleRequest.class));
            case "CreateSAMLProvider":
                return api.createSAMLProvider(context, Json.read(input, CreateSAMLProviderRequest.class));
            case "CreateServiceLinkedRole":
                return api.createServiceLinkedRole(context, Json.read(input, CreateServiceLinkedRoleRequest.class));
            case "CreateServiceSpecificCredential":
                return api.createServiceSpecificCredential(context, Json.read(input, CreateServiceSpecificCredentialRequest.class));
            case "CreateUser":
                return api.createUser(context, Json.read(input, CreateUserRequest.class));
            case "CreateVirtualMFADevice":
                return api.createVirtualMFADevice(context, Json.read(input, CreateVirtualMFADeviceRequest.class));
            case "DeactivateMFADevice":
                api.deactivateMFADevice(context, Json.read(input, DeactivateMFADeviceRequest.class));
                return null;
            case "DeleteAccessKey":
                api.deleteAccessKey(context, Json.read(input, DeleteAccessKeyRequest.class));
                return null;
            case "DeleteAccountAlias":
                api.deleteAccountAlias(context, Json.read(input, DeleteAccountAliasRequest.class));
                return null;
            case "DeleteAccountPasswordPolicy":
                api.deleteAccountPasswordPolicy(context);
                return null;
            case "DeleteGroup":
                api.deleteGroup(context, Json.read(input, DeleteGroupRequest.class));
                return null;
            case "DeleteGroupPolicy":
                api.deleteGroupPolicy(context, Json.read(input, DeleteGroupPolicyRequest.class));
                return null;
            case "DeleteInstanceProfile":
                api.deleteInstanceProfile(context, Json.read(input, DeleteInstanceProfileRequest.class));
                return null;
            case "DeleteLoginProfile":
                api.deleteLoginProfile(context, Json.read(input, DeleteLoginProfileRequest.class));
                return null;
            case "DeleteOpenIDConnectProvider":
                api.deleteOpenIDConnectProvider(context, Json.read(input, DeleteOpenIDConnectProviderRequest.class));
                return null;
            case "DeletePolicy":
                api.deletePolicy(context, Json.read(input, DeletePolicyRequest.class));
                return null;
            case "DeletePolicyVersion":
                api.deletePolicyVersion(context, Json.read(input, DeletePolicyVersionRequest.class));
                return null;
            case "DeleteRole":
                api.deleteRole(context, Json.read(input, DeleteRoleRequest.class));
                return null;
            case "DeleteRolePermissionsBoundary":
                api.deleteRolePermissionsBoundary(context, Json.read(input, DeleteRolePermissionsBoundaryRequest.class));
                return null;
            case "DeleteRolePolicy":
                api.deleteRolePolicy(context, Json.read(input, DeleteRolePolicyRequest.class));
                return null;
            case "DeleteSAMLProvider":
                api.deleteSAMLProvider(context, Json.read(input, DeleteSAMLProviderRequest.class));
                return null;
            case "DeleteSSHPublicKey":
                api.deleteSSHPublicKey(context, Json.read(input, DeleteSSHPublicKeyRequest.class));
                return null;
            case "DeleteServerCertificate":
                api.deleteServerCertificate(context, Json.read(input, DeleteServerCertificateRequest.class));
                return null;
            case "DeleteServiceLinkedRole":
                return api.deleteServiceLinkedRole(context, Json.read(input, DeleteServiceLinkedRoleRequest.class));
            case "DeleteServiceSpecificCredential":
                api.deleteServiceSpecificCredential(context, Json.read(input, DeleteServiceSpecificCredentialRequest.class));
                return null;
            case "DeleteSigningCertificate":
                api.deleteSigningCertificate(context, Json.read(input, DeleteSigningCertificateRequest.class));
                return null;
            case "DeleteUser":
                api.deleteUser(context, Json.read(input, DeleteUserRequest.class));
                return null;
            case "DeleteUserPermissionsBoundary":
                api.deleteUserPermissionsBoundary(context, Json.read(input, DeleteUserPermissionsBoundaryRequest.class));
                return null;
            case "DeleteUserPolicy":
                api.deleteUserPolicy(context, Json.read(input, DeleteUserPolicyRequest.class));
                return null;
            case "DeleteVirtualMFADevice":
                api.deleteVirtualMFADevice(context, Json.read(input, DeleteVirtualMFADeviceRequest.class));
                return null;
            case "DetachGroupPolicy":
                api.detachGroupPolicy(context, Json.read(input, DetachGroupPolicyRequest.class));
                return null;
            case "DetachRolePolicy":
                api.detachRolePolicy(context, Json.read(input, DetachRolePolicyRequest.class));
                return null;
            case "DetachUserPolicy":
                api.detachUserPolicy(context, Json.read(input, DetachUserPolicyRequest.class));
                return null;
            case "DisableOrganizationsRootCredentialsManagement":
                return api.disableOrganizationsRootCredentialsManagement(context, Json.read(input, DisableOrganizationsRootCredentialsManagementRequest.class));
            case "DisableOrganizationsRootSessions":
                return api.disableOrganizationsRootSessions(context, Json.read(input, DisableOrganizationsRootSessionsRequest.class));
            case "DisableOutboundWebIdentityFederation":
                api.disableOutboundWebIdentityFederation(context);
                return null;
            case "EnableMFADevice":
                api.enableMFADevice(context, Json.read(input, EnableMFADeviceRequest.class));
                return null;
            case "EnableOrganizationsRootCredentialsManagement":
                return api.enableOrganizationsRootCredentialsManagement(context, Json.read(input, EnableOrganizationsRootCredentialsManagementRequest.class));
            case "EnableOrganizationsRootSessions":
                return api.enableOrganizationsRootSessions(context, Json.read(input, EnableOrganizationsRootSessionsRequest.class));
            case "EnableOutboundWebIdentityFederation":
                return api.enableOutboundWebIdentityFederation(context);
            case "GenerateCredentialReport":
                return api.generateCredentialReport(context);
            case "GenerateOrganizationsAccessReport":
                return api.generateOrganizationsAccessReport(context, Json.read(input, GenerateOrganizationsAccessReportRequest.class));
            case "GenerateServiceLastAccessedDetails":
                return api.generateServiceLastAccessedDetails(context, Json.read(input, GenerateServiceLastAccessedDetailsRequest.class));
            case "GetAccessKeyLastUsed":
                return api.getAccessKeyLastUsed(context, Json.read(input, GetAccessKeyLastUsedRequest.class));
            case "GetAccountAuthorizationDetails":
                return api.getAccountAuthorizationDetails(context, Json.read(input, GetAccountAuthorizationDetailsRequest.class));
            case "GetAccountPasswordPolicy":
                return api.getAccountPasswordPolicy(context);
            case "GetAccountSummary":
                return api.getAccountSummary(context);
            case "GetContextKeysForCustomPolicy":
                return api.getContextKeysForCustomPolicy(context, Json.read(input, GetContextKeysForCustomPolicyRequest.class));
            case "GetContextKeysForPrincipalPolicy":
                return api.getContextKeysForPrincipalPolicy(context, Json.read(input, GetContextKeysForPrincipalPolicyRequest.class));
            case "GetCredentialReport":
                return api.getCredentialReport(context);
            case "GetDelegationRequest":
                return api.getDelegationRequest(context, Json.read(input, GetDelegationRequestRequest.class));
            case "GetGroup":
                return api.getGroup(context, Json.read(input, GetGroupRequest.class));
            case "GetGroupPolicy":
                return api.getGroupPolicy(context, Json.read(input, GetGroupPolicyRequest.class));
            case "GetHumanReadableSummary":
                return api.getHumanReadableSummary(context, Json.read(input, GetHumanReadableSummaryRequest.class));
            case "GetInstanceProfile":
                return api.getInstanceProfile(context, Json.read(input, GetInstanceProfileRequest.class));
            case "GetLoginProfile":
                return api.getLoginProfile(context, Json.read(input, GetLoginProfileRequest.class));
            case "GetMFADevice":
                return api.getMFADevice(context, Json.read(input, GetMFADeviceRequest.class));
            case "GetOpenIDConnectProvider":
                return api.getOpenIDConnectProvider(context, Json.read(input, GetOpenIDConnectProviderRequest.class));
            case "GetOrganizationsAccessReport":
                return api.getOrganizationsAccessReport(context, Json.read(input, GetOrganizationsAccessReportRequest.class));
            case "GetOutboundWebIdentityFederationInfo":
                return api.getOutboundWebIdentityFederationInfo(context);
            case "GetPolicy":
                return api.getPolicy(context, Json.read(input, GetPolicyRequest.class));
            case "GetPolicyVersion":
                return api.getPolicyVersion(context, Json.read(input, GetPolicyVersionRequest.class));
            case "GetRole":
                return api.getRole(context, Json.read(input, GetRoleRequest.class));
            case "GetRolePolicy":
                return api.getRolePolicy(context, Json.read(input, GetRolePolicyRequest.class));
            case "GetSAMLProvider":
                return api.getSAMLProvider(context, Json.read(input, GetSAMLProviderRequest.class));
            case "GetSSHPublicKey":
                return api.getSSHPublicKey(context, Json.read(input, GetSSHPublicKeyRequest.class));
            case "GetServerCertificate":
                return api.getServerCertificate(context, Json.read(input, GetServerCertificateRequest.class));
            case "GetServiceLastAccessedDetails":
                return api.getServiceLastAccessedDetails(context, Json.read(input, GetServiceLastAccessedDetailsRequest.class));
            case "GetServiceLastAccessedDetailsWithEntities":
                return api.getServiceLastAccessedDetailsWithEntities(context, Json.read(input, GetServiceLastAccessedDetailsWithEntitiesRequest.class));
            case "GetServiceLinkedRoleDeletionStatus":
                return api.getServiceLinkedRoleDeletionStatus(context, Json.read(input, GetServiceLinkedRoleDeletionStatusRequest.class));
            case "GetUser":
                return api.getUser(context, Json.read(input, GetUserRequest.class));
            case "GetUserPolicy":
                return api.getUserPolicy(context, Json.read(input, GetUserPolicyRequest.class));
            case "ListAccessKeys":
                return api.listAccessKeys(context, Json.read(input, ListAccessKeysRequest.class));
            case "ListAccountAliases":
                return api.listAccountAliases(context, Json.read(input, ListAccountAliasesRequest.class));
            case "ListAttachedGroupPolicies":
                return api.listAttachedGroupPolicies(context, Json.read(input, ListAttachedGroupPoliciesRequest.class));
            case "ListAttachedRolePolicies":
                return api.listAttachedRolePolicies(context, Json.read(input, ListAttachedRolePoliciesRequest.class));
            case "ListAttachedUserPolicies":
                return api.listAttachedUserPolicies(context, Json.read(input, ListAttachedUserPoliciesRequest.class));
            case "ListDelegationRequests":
                return api.listDelegationRequests(context, Json.read(input, ListDelegationRequestsRequest.class));
            case "ListEntitiesForPolicy":
                return api.listEntitiesForPolicy(context, Json.read(input, ListEntitiesForPolicyRequest.class));
            case "ListGroupPolicies":
                return api.listGroupPolicies(context, Json.read(input, ListGroupPoliciesRequest.class));
            case "ListGroups":
                return api.listGroups(context, Json.read(input, ListGroupsRequest.class));
            case "ListGroupsForUser":
                return api.listGroupsForUser(context, Json.read(input, ListGroupsForUserRequest.class));
            case "ListInstanceProfileTags":
                return api.listInstanceProfileTags(context, Json.read(input, ListInstanceProfileTagsRequest.class));
            case "ListInstanceProfiles":
                return api.listInstanceProfiles(context, Json.read(input, ListInstanceProfilesRequest.class));
            case "ListInstanceProfilesForRole":
                return api.listInstanceProfilesForRole(context, Json.read(input, ListInstanceProfilesForRoleRequest.class));
            case "ListMFADeviceTags":
                return api.listMFADeviceTags(context, Json.read(input, ListMFADeviceTagsRequest.class));
            case "ListMFADevices":
                return api.listMFADevices(context, Json.read(input, ListMFADevicesRequest.class));
            case "ListOpenIDConnectProviderTags":
                return api.listOpenIDConnectProviderTags(context, Json.read(input, ListOpenIDConnectProviderTagsRequest.class));
            case "ListOpenIDConnectProviders":
                return api.listOpenIDConnectProviders(context, Json.read(input, ListOpenIDConnectProvidersRequest.class));
            case "ListOrganizationsFeatures":
                return api.listOrganizationsFeatures(context, Json.read(input, ListOrganizationsFeaturesRequest.class));
            case "ListPolicies":
                return api.listPolicies(context, Json.read(input, ListPoliciesRequest.class));
            case "ListPoliciesGrantingServiceAccess":
                return api.listPoliciesGrantingServiceAccess(context, Json.read(input, ListPoliciesGrantingServiceAccessRequest.class));
            case "ListPolicyTags":
                return api.listPolicyTags(context, Json.read(input, ListPolicyTagsRequest.class));
            case "ListPolicyVersions":
                return api.listPolicyVersions(context, Json.read(input, ListPolicyVersionsRequest.class));
            case "ListRolePolicies":
                return api.listRolePolicies(context, Json.read(input, ListRolePoliciesRequest.class));
            case "ListRoleTags":
                return api.listRoleTags(context, Json.read(input, ListRoleTagsRequest.class));
            case "ListRoles":
                return api.listRoles(context, Json.read(input, ListRolesRequest.class));
            case "ListSAMLProviderTags":
                return api.listSAMLProviderTags(context, Json.read(input, ListSAMLProviderTagsRequest.class));
            case "ListSAMLProviders":
                return api.listSAMLProviders(context, Json.read(input, ListSAMLProvidersRequest.class));
            case "ListSSHPublicKeys":
                return api.listSSHPublicKeys(context, Json.read(input, ListSSHPublicKeysRequest.class));
            case "ListServerCertificateTags":
                return api.listServerCertificateTags(context, Json.read(input, ListServerCertificateTagsRequest.class));
            case "ListServerCertificates":
                return api.listServerCertificates(context, Json.read(input, ListServerCertificatesRequest.class));
            case "ListServiceSpecificCredentials":
                return api.listServiceSpecificCredentials(context, Json.read(input, ListServiceSpecificCredentialsRequest.class));
            case "ListSigningCertificates":
                return api.listSigningCertificates(context, Json.read(input, ListSigningCertificatesRequest.class));
            case "ListUserPolicies":
                return api.listUserPolicies(context, Json.read(input, ListUserPoliciesRequest.class));
            case "ListUserTags":
                return api.listUserTags(context, Json.read(input, ListUserTagsRequest.class));
            case "ListUsers":
                return api.listUsers(context, Json.read(input, ListUsersRequest.class));
            case "ListVirtualMFADevices":
                return api.listVirtualMFADevices(context, Json.read(input, ListVirtualMFADevicesRequest.class));
            case "PutGroupPolicy":
                api.putGroupPolicy(context, Json.read(input, PutGroupPolicyRequest.class));
                return null;
            case "PutRolePermissionsBoundary":
                api.putRolePermissionsBoundary(context, Json.read(input, PutRolePermissionsBoundaryRequest.class));
                return null;
            case "PutRolePolicy":
                api.putRolePolicy(context, Json.read(input, PutRolePolicyRequest.class));
                return null;
            case "PutUserPermissionsBoundary":
                api.putUserPermissionsBoundary(context, Json.read(input, PutUserPermissionsBoundaryRequest.class));
                return null;
            case "PutUserPolicy":
                api.putUserPolicy(context, Json.read(input, PutUserPolicyRequest.class));
                return null;
            case "RejectDelegationRequest":
                api.rejectDelegationRequest(context, Json.read(input, RejectDelegationRequestRequest.class));
                return null;
            case "RemoveClientIDFromOpenIDConnectProvider":
                api.removeClientIDFromOpenIDConnectProvider(context, Json.read(input, RemoveClientIDFromOpenIDConnectProviderRequest.class));
                return null;
            case "RemoveRoleFromInstanceProfile":
                api.removeRoleFromInstanceProfile(context, Json.read(input, RemoveRoleFromInstanceProfileRequest.class));
                return null;
            case "RemoveUserFromGroup":
                api.removeUserFromGroup(context, Json.read(input, RemoveUserFromGroupRequest.class));
                return null;
            case "ResetServiceSpecificCredential":
                return api.resetServiceSpecificCredential(context, Json.read(input, ResetServiceSpecificCredentialRequest.class));
            case "ResyncMFADevice":
                api.resyncMFADevice(context, Json.read(input, ResyncMFADeviceRequest.class));
                return null;
            case "SendDelegationToken":
                api.sendDelegationToken(context, Json.read(input, SendDelegationTokenRequest.class));
                return null;
            case "SetDefaultPolicyVersion":
                api.setDefaultPolicyVersion(context, Json.read(input, SetDefaultPolicyVersionRequest.class));
                return null;
            case "SetSecurityTokenServicePreferences":
                api.setSecurityTokenServicePreferences(context, Json.read(input, SetSecurityTokenServicePreferencesRequest.class));
                return null;
            case "SimulateCustomPolicy":
                return api.simulateCustomPolicy(context, Json.read(input, SimulateCustomPolicyRequest.class));
            case "SimulatePrincipalPolicy":
                return api.simulatePrincipalPolicy(context, Json.read(input, SimulatePrincipalPolicyRequest.class));
            case "TagInstanceProfile":
                api.tagInstanceProfile(context, Json.read(input, TagInstanceProfileRequest.class));
                return null;
            case "TagMFADevice":
                api.tagMFADevice(context, Json.read(input, TagMFADeviceRequest.class));
                return null;
            case "TagOpenIDConnectProvider":
                api.tagOpenIDConnectProvider(context, Json.read(input, TagOpenIDConnectProviderRequest.class));
                return null;
            case "TagPolicy":
                api.tagPolicy(context, Json.read(input, TagPolicyRequest.class));
                return null;
            case "TagRole":
                api.tagRole(context, Json.read(input, TagRoleRequest.class));
                return null;
            case "TagSAMLProvider":
                api.tagSAMLProvider(context, Json.read(input, TagSAMLProviderRequest.class));
                return null;
            case "TagServerCertificate":
                api.tagServerCertificate(context, Json.read(input, TagServerCertificateRequest.class));
                return null;
            case "TagUser":
                api.tagUser(context, Json.read(input, TagUserRequest.class));
                return null;
            case "UntagInstanceProfile":
                api.untagInstanceProfile(context, Json.read(input, UntagInstanceProfileRequest.class));
                return null;
            case "UntagMFADevice":
                api.untagMFADevice(context, Json.read(input, UntagMFADeviceRequest.class));
                return null;
            case "UntagOpenIDConnectProvider":
                api.untagOpenIDConnectProvider(context, Json.read(input, UntagOpenIDConnectProviderRequest.class));
                return null;
            case "UntagPolicy":
                api.untagPolicy(context, Json.read(input, UntagPolicyRequest.class));
                return null;
            case "UntagRole":
                api.untagRole(context, Json.read(input, UntagRoleRequest.class));
                return null;
            case "UntagSAMLProvider":
                api.untagSAMLProvider(context, Json.read(input, UntagSAMLProviderRequest.class));
                return null;
            case "UntagServerCertificate":
                api.untagServerCertificate(context, Json.read(input, UntagServerCertificateRequest.class));
                return null;
            case "UntagUser":
                api.untagUser(context, Json.read(input, UntagUserRequest.class));
                return null;
            case "UpdateAccessKey":
                api.updateAccessKey(context, Json.read(input, UpdateAccessKeyRequest.class));
                return null;
            case "UpdateAccountPasswordPolicy":
                api.updateAccountPasswordPolicy(context, Json.read(input, UpdateAccountPasswordPolicyRequest.class));
                return null;
            case "UpdateAssumeRolePolicy":
                api.updateAssumeRolePolicy(context, Json.read(input, UpdateAssumeRolePolicyRequest.class));
                return null;
            case "UpdateDelegationRequest":
                api.updateDelegationRequest(context, Json.read(input, UpdateDelegationRequestRequest.class));
                return null;
            case "UpdateGroup":
                api.updateGroup(context, Json.read(input, UpdateGroupRequest.class));
                return null;
            case "UpdateLoginProfile":
                api.updateLoginProfile(context, Json.read(input, UpdateLoginProfileRequest.class));
                return null;
            case "UpdateOpenIDConnectProviderThumbprint":
                api.updateOpenIDConnectProviderThumbprint(context, Json.read(input, UpdateOpenIDConnectProviderThumbprintRequest.class));
                return null;
            case "UpdateRole":
                return api.updateRole(context, Json.read(input, UpdateRoleRequest.class));
            case "UpdateRoleDescription":
                return api.updateRoleDescription(context, Json.read(input, UpdateRoleDescriptionRequest.class));
            case "UpdateSAMLProvider":
                return api.updateSAMLProvider(context, Json.read(input, UpdateSAMLProviderRequest.class));
            case "UpdateSSHPublicKey":
                api.updateSSHPublicKey(context, Json.read(input, UpdateSSHPublicKeyRequest.class));
                return null;
            case "UpdateServerCertificate":
                api.updateServerCertificate(context, Json.read(input, UpdateServerCertificateRequest.class));
                return null;
            case "UpdateServiceSpecificCredential":
                api.updateServiceSpecificCredential(context, Json.read(input, UpdateServiceSpecificCredentialRequest.class));
                return null;
            case "UpdateSigningCertificate":
                api.updateSigningCertificate(context, Json.read(input, UpdateSigningCertificateRequest.class));
                return null;
            case "UpdateUser":
                api.updateUser(context, Json.read(input, UpdateUserRequest.class));
                return null;
            case "UploadSSHPublicKey":
                return api.uploadSSHPublicKey(context, Json.read(input, UploadSSHPublicKeyRequest.class));
            case "UploadServerCertificate":
                return api.uploadServerCertificate(context, Json.read(input, UploadServerCertificateRequest.class));
            case "UploadSigningCertificate":
                return api.uploadSigningCertificate(context, Json.read(input, UploadSigningCertificateRequest.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
