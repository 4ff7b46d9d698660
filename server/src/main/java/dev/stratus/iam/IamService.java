package dev.stratus.iam;

import dev.stratus.iam.api.*;
import dev.stratus.platform.Paging;
import dev.stratus.platform.identity.Credentials;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;

/**
 * AWS Identity and Access Management, each operation handed to the class that does it:
 * {@link Users}, {@link Groups}, {@link Roles}, {@link ServiceLinkedRoles}, {@link ManagedPolicies},
 * {@link PolicyAttachments}, {@link InlinePolicies}, {@link AccessKeys}, {@link InstanceProfiles},
 * {@link AccountAuthorization} and {@link PolicySimulator}. IAM is global: entities belong to the account, not to a
 * region, and their ARNs have no region but the partition of the region a request names. The
 * {@link IdentityCatalog} answers the identity step with what applies to a user or role.
 */
public final class IamService implements IamApi {
    private final IamState iam;
    private final Users users;
    private final Groups groups;
    private final Roles roles;
    private final ServiceLinkedRoles serviceLinkedRoles;
    private final ManagedPolicies managedPolicies;
    private final PolicyAttachments attachments;
    private final InlinePolicies inline;
    private final AccessKeys accessKeys;
    private final InstanceProfiles instanceProfiles;
    private final AccountAuthorization account;
    private final PolicySimulator simulator;
    private final IdentityCatalog identities;

    public IamService(Store store, Clock clock, String account, Credentials credentials) {
        this.iam = new IamState(store, clock, credentials);
        iam.write(tx -> {
            iam.repo.recordAccount(tx, account, iam.now());
            return null;
        });
        this.users = new Users(iam);
        this.groups = new Groups(iam);
        this.roles = new Roles(iam);
        this.serviceLinkedRoles = new ServiceLinkedRoles(iam, roles);
        this.managedPolicies = new ManagedPolicies(iam);
        this.attachments = new PolicyAttachments(iam);
        this.inline = new InlinePolicies(iam);
        this.accessKeys = new AccessKeys(iam);
        this.instanceProfiles = new InstanceProfiles(iam);
        this.account = new AccountAuthorization(iam, instanceProfiles);
        this.identities = new IdentityCatalog(iam, account);
        this.simulator = new PolicySimulator(iam);
    }

    /** IAM's users and roles for the identity step. */
    IdentityCatalog identities() {
        return identities;
    }

    /** What IAM checks for its own operations. */
    IamActions actions() {
        return new IamActions(iam);
    }

    // Users

    @Override
    public CreateUserResponse createUser(RequestContext ctx, CreateUserRequest in) {
        return users.createUser(ctx, in);
    }

    @Override
    public GetUserResponse getUser(RequestContext ctx, GetUserRequest in) {
        return users.getUser(ctx, in);
    }

    @Override
    public ListUsersResponse listUsers(RequestContext ctx, ListUsersRequest in) {
        return users.listUsers(ctx, in);
    }

    @Override
    public void updateUser(RequestContext ctx, UpdateUserRequest in) {
        users.updateUser(ctx, in);
    }

    @Override
    public void deleteUser(RequestContext ctx, DeleteUserRequest in) {
        users.deleteUser(ctx, in);
    }

    @Override
    public void tagUser(RequestContext ctx, TagUserRequest in) {
        users.tagUser(ctx, in);
    }

    @Override
    public void untagUser(RequestContext ctx, UntagUserRequest in) {
        users.untagUser(ctx, in);
    }

    @Override
    public ListUserTagsResponse listUserTags(RequestContext ctx, ListUserTagsRequest in) {
        return users.listUserTags(ctx, in);
    }

    @Override
    public void putUserPermissionsBoundary(RequestContext ctx, PutUserPermissionsBoundaryRequest in) {
        users.putUserPermissionsBoundary(ctx, in);
    }

    @Override
    public void deleteUserPermissionsBoundary(RequestContext ctx, DeleteUserPermissionsBoundaryRequest in) {
        users.deleteUserPermissionsBoundary(ctx, in);
    }

    // Groups

    @Override
    public CreateGroupResponse createGroup(RequestContext ctx, CreateGroupRequest in) {
        return groups.createGroup(ctx, in);
    }

    @Override
    public GetGroupResponse getGroup(RequestContext ctx, GetGroupRequest in) {
        return groups.getGroup(ctx, in);
    }

    @Override
    public ListGroupsResponse listGroups(RequestContext ctx, ListGroupsRequest in) {
        return groups.listGroups(ctx, in);
    }

    @Override
    public ListGroupsForUserResponse listGroupsForUser(RequestContext ctx, ListGroupsForUserRequest in) {
        return groups.listGroupsForUser(ctx, in);
    }

    @Override
    public void updateGroup(RequestContext ctx, UpdateGroupRequest in) {
        groups.updateGroup(ctx, in);
    }

    @Override
    public void deleteGroup(RequestContext ctx, DeleteGroupRequest in) {
        groups.deleteGroup(ctx, in);
    }

    @Override
    public void addUserToGroup(RequestContext ctx, AddUserToGroupRequest in) {
        groups.addUserToGroup(ctx, in);
    }

    @Override
    public void removeUserFromGroup(RequestContext ctx, RemoveUserFromGroupRequest in) {
        groups.removeUserFromGroup(ctx, in);
    }

    // Roles

    @Override
    public CreateRoleResponse createRole(RequestContext ctx, CreateRoleRequest in) {
        return roles.createRole(ctx, in);
    }

    @Override
    public GetRoleResponse getRole(RequestContext ctx, GetRoleRequest in) {
        return roles.getRole(ctx, in);
    }

    @Override
    public ListRolesResponse listRoles(RequestContext ctx, ListRolesRequest in) {
        return roles.listRoles(ctx, in);
    }

    @Override
    public UpdateRoleResponse updateRole(RequestContext ctx, UpdateRoleRequest in) {
        return roles.updateRole(ctx, in);
    }

    @Override
    public UpdateRoleDescriptionResponse updateRoleDescription(RequestContext ctx, UpdateRoleDescriptionRequest in) {
        return roles.updateRoleDescription(ctx, in);
    }

    @Override
    public void updateAssumeRolePolicy(RequestContext ctx, UpdateAssumeRolePolicyRequest in) {
        roles.updateAssumeRolePolicy(ctx, in);
    }

    @Override
    public void deleteRole(RequestContext ctx, DeleteRoleRequest in) {
        roles.deleteRole(ctx, in);
    }

    @Override
    public void tagRole(RequestContext ctx, TagRoleRequest in) {
        roles.tagRole(ctx, in);
    }

    @Override
    public void untagRole(RequestContext ctx, UntagRoleRequest in) {
        roles.untagRole(ctx, in);
    }

    @Override
    public ListRoleTagsResponse listRoleTags(RequestContext ctx, ListRoleTagsRequest in) {
        return roles.listRoleTags(ctx, in);
    }

    @Override
    public void putRolePermissionsBoundary(RequestContext ctx, PutRolePermissionsBoundaryRequest in) {
        roles.putRolePermissionsBoundary(ctx, in);
    }

    @Override
    public void deleteRolePermissionsBoundary(RequestContext ctx, DeleteRolePermissionsBoundaryRequest in) {
        roles.deleteRolePermissionsBoundary(ctx, in);
    }

    @Override
    public CreateServiceLinkedRoleResponse createServiceLinkedRole(RequestContext ctx, CreateServiceLinkedRoleRequest in) {
        return serviceLinkedRoles.createServiceLinkedRole(ctx, in);
    }

    @Override
    public DeleteServiceLinkedRoleResponse deleteServiceLinkedRole(RequestContext ctx, DeleteServiceLinkedRoleRequest in) {
        return serviceLinkedRoles.deleteServiceLinkedRole(ctx, in);
    }

    @Override
    public GetServiceLinkedRoleDeletionStatusResponse getServiceLinkedRoleDeletionStatus(RequestContext ctx,
                                                                                        GetServiceLinkedRoleDeletionStatusRequest in) {
        return serviceLinkedRoles.getServiceLinkedRoleDeletionStatus(ctx, in);
    }

    // Managed policies

    @Override
    public CreatePolicyResponse createPolicy(RequestContext ctx, CreatePolicyRequest in) {
        return managedPolicies.createPolicy(ctx, in);
    }

    @Override
    public GetPolicyResponse getPolicy(RequestContext ctx, GetPolicyRequest in) {
        return managedPolicies.getPolicy(ctx, in);
    }

    @Override
    public ListPoliciesResponse listPolicies(RequestContext ctx, ListPoliciesRequest in) {
        return managedPolicies.listPolicies(ctx, in);
    }

    @Override
    public void deletePolicy(RequestContext ctx, DeletePolicyRequest in) {
        managedPolicies.deletePolicy(ctx, in);
    }

    @Override
    public CreatePolicyVersionResponse createPolicyVersion(RequestContext ctx, CreatePolicyVersionRequest in) {
        return managedPolicies.createPolicyVersion(ctx, in);
    }

    @Override
    public GetPolicyVersionResponse getPolicyVersion(RequestContext ctx, GetPolicyVersionRequest in) {
        return managedPolicies.getPolicyVersion(ctx, in);
    }

    @Override
    public ListPolicyVersionsResponse listPolicyVersions(RequestContext ctx, ListPolicyVersionsRequest in) {
        return managedPolicies.listPolicyVersions(ctx, in);
    }

    @Override
    public void deletePolicyVersion(RequestContext ctx, DeletePolicyVersionRequest in) {
        managedPolicies.deletePolicyVersion(ctx, in);
    }

    @Override
    public void setDefaultPolicyVersion(RequestContext ctx, SetDefaultPolicyVersionRequest in) {
        managedPolicies.setDefaultPolicyVersion(ctx, in);
    }

    @Override
    public void tagPolicy(RequestContext ctx, TagPolicyRequest in) {
        managedPolicies.tagPolicy(ctx, in);
    }

    @Override
    public void untagPolicy(RequestContext ctx, UntagPolicyRequest in) {
        managedPolicies.untagPolicy(ctx, in);
    }

    @Override
    public ListPolicyTagsResponse listPolicyTags(RequestContext ctx, ListPolicyTagsRequest in) {
        return managedPolicies.listPolicyTags(ctx, in);
    }

    // Attachments

    @Override
    public void attachUserPolicy(RequestContext ctx, AttachUserPolicyRequest in) {
        attachments.attach(ctx, "user", in.userName(), in.policyArn());
    }

    @Override
    public void attachGroupPolicy(RequestContext ctx, AttachGroupPolicyRequest in) {
        attachments.attach(ctx, "group", in.groupName(), in.policyArn());
    }

    @Override
    public void attachRolePolicy(RequestContext ctx, AttachRolePolicyRequest in) {
        attachments.attach(ctx, "role", in.roleName(), in.policyArn());
    }

    @Override
    public void detachUserPolicy(RequestContext ctx, DetachUserPolicyRequest in) {
        attachments.detach(ctx, "user", in.userName(), in.policyArn());
    }

    @Override
    public void detachGroupPolicy(RequestContext ctx, DetachGroupPolicyRequest in) {
        attachments.detach(ctx, "group", in.groupName(), in.policyArn());
    }

    @Override
    public void detachRolePolicy(RequestContext ctx, DetachRolePolicyRequest in) {
        attachments.detach(ctx, "role", in.roleName(), in.policyArn());
    }

    @Override
    public ListAttachedUserPoliciesResponse listAttachedUserPolicies(RequestContext ctx, ListAttachedUserPoliciesRequest in) {
        Paging.Page<AttachedPolicy> page = attachments.attached(ctx, "user", in.userName(), in.pathPrefix(), in.marker(), in.maxItems());
        return new ListAttachedUserPoliciesResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    @Override
    public ListAttachedGroupPoliciesResponse listAttachedGroupPolicies(RequestContext ctx, ListAttachedGroupPoliciesRequest in) {
        Paging.Page<AttachedPolicy> page = attachments.attached(ctx, "group", in.groupName(), in.pathPrefix(), in.marker(), in.maxItems());
        return new ListAttachedGroupPoliciesResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    @Override
    public ListAttachedRolePoliciesResponse listAttachedRolePolicies(RequestContext ctx, ListAttachedRolePoliciesRequest in) {
        Paging.Page<AttachedPolicy> page = attachments.attached(ctx, "role", in.roleName(), in.pathPrefix(), in.marker(), in.maxItems());
        return new ListAttachedRolePoliciesResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    @Override
    public ListEntitiesForPolicyResponse listEntitiesForPolicy(RequestContext ctx, ListEntitiesForPolicyRequest in) {
        return attachments.listEntitiesForPolicy(ctx, in);
    }

    // Inline policies: documents answered URL-encoded, as IAM answers them

    @Override
    public void putUserPolicy(RequestContext ctx, PutUserPolicyRequest in) {
        inline.put(ctx, "user", in.userName(), in.policyName(), in.policyDocument());
    }

    @Override
    public void putGroupPolicy(RequestContext ctx, PutGroupPolicyRequest in) {
        inline.put(ctx, "group", in.groupName(), in.policyName(), in.policyDocument());
    }

    @Override
    public void putRolePolicy(RequestContext ctx, PutRolePolicyRequest in) {
        inline.put(ctx, "role", in.roleName(), in.policyName(), in.policyDocument());
    }

    @Override
    public GetUserPolicyResponse getUserPolicy(RequestContext ctx, GetUserPolicyRequest in) {
        InlinePolicies.Found f = inline.get(ctx, "user", in.userName(), in.policyName());
        return new GetUserPolicyResponse(f.holderName(), f.policy().name(), IamRules.encoded(f.policy().document()));
    }

    @Override
    public GetGroupPolicyResponse getGroupPolicy(RequestContext ctx, GetGroupPolicyRequest in) {
        InlinePolicies.Found f = inline.get(ctx, "group", in.groupName(), in.policyName());
        return new GetGroupPolicyResponse(f.holderName(), f.policy().name(), IamRules.encoded(f.policy().document()));
    }

    @Override
    public GetRolePolicyResponse getRolePolicy(RequestContext ctx, GetRolePolicyRequest in) {
        InlinePolicies.Found f = inline.get(ctx, "role", in.roleName(), in.policyName());
        return new GetRolePolicyResponse(f.holderName(), f.policy().name(), IamRules.encoded(f.policy().document()));
    }

    @Override
    public void deleteUserPolicy(RequestContext ctx, DeleteUserPolicyRequest in) {
        inline.delete(ctx, "user", in.userName(), in.policyName());
    }

    @Override
    public void deleteGroupPolicy(RequestContext ctx, DeleteGroupPolicyRequest in) {
        inline.delete(ctx, "group", in.groupName(), in.policyName());
    }

    @Override
    public void deleteRolePolicy(RequestContext ctx, DeleteRolePolicyRequest in) {
        inline.delete(ctx, "role", in.roleName(), in.policyName());
    }

    @Override
    public ListUserPoliciesResponse listUserPolicies(RequestContext ctx, ListUserPoliciesRequest in) {
        Paging.Page<String> page = inline.list(ctx, "user", in.userName(), in.marker(), in.maxItems());
        return new ListUserPoliciesResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    @Override
    public ListGroupPoliciesResponse listGroupPolicies(RequestContext ctx, ListGroupPoliciesRequest in) {
        Paging.Page<String> page = inline.list(ctx, "group", in.groupName(), in.marker(), in.maxItems());
        return new ListGroupPoliciesResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    @Override
    public ListRolePoliciesResponse listRolePolicies(RequestContext ctx, ListRolePoliciesRequest in) {
        Paging.Page<String> page = inline.list(ctx, "role", in.roleName(), in.marker(), in.maxItems());
        return new ListRolePoliciesResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    // Access keys

    @Override
    public CreateAccessKeyResponse createAccessKey(RequestContext ctx, CreateAccessKeyRequest in) {
        return accessKeys.createAccessKey(ctx, in);
    }

    @Override
    public ListAccessKeysResponse listAccessKeys(RequestContext ctx, ListAccessKeysRequest in) {
        return accessKeys.listAccessKeys(ctx, in);
    }

    @Override
    public void updateAccessKey(RequestContext ctx, UpdateAccessKeyRequest in) {
        accessKeys.updateAccessKey(ctx, in);
    }

    @Override
    public void deleteAccessKey(RequestContext ctx, DeleteAccessKeyRequest in) {
        accessKeys.deleteAccessKey(ctx, in);
    }

    @Override
    public GetAccessKeyLastUsedResponse getAccessKeyLastUsed(RequestContext ctx, GetAccessKeyLastUsedRequest in) {
        return accessKeys.getAccessKeyLastUsed(ctx, in);
    }

    // Instance profiles

    @Override
    public CreateInstanceProfileResponse createInstanceProfile(RequestContext ctx, CreateInstanceProfileRequest in) {
        return instanceProfiles.createInstanceProfile(ctx, in);
    }

    @Override
    public GetInstanceProfileResponse getInstanceProfile(RequestContext ctx, GetInstanceProfileRequest in) {
        return instanceProfiles.getInstanceProfile(ctx, in);
    }

    @Override
    public ListInstanceProfilesResponse listInstanceProfiles(RequestContext ctx, ListInstanceProfilesRequest in) {
        return instanceProfiles.listInstanceProfiles(ctx, in);
    }

    @Override
    public ListInstanceProfilesForRoleResponse listInstanceProfilesForRole(RequestContext ctx, ListInstanceProfilesForRoleRequest in) {
        return instanceProfiles.listInstanceProfilesForRole(ctx, in);
    }

    @Override
    public void deleteInstanceProfile(RequestContext ctx, DeleteInstanceProfileRequest in) {
        instanceProfiles.deleteInstanceProfile(ctx, in);
    }

    @Override
    public void addRoleToInstanceProfile(RequestContext ctx, AddRoleToInstanceProfileRequest in) {
        instanceProfiles.addRoleToInstanceProfile(ctx, in);
    }

    @Override
    public void removeRoleFromInstanceProfile(RequestContext ctx, RemoveRoleFromInstanceProfileRequest in) {
        instanceProfiles.removeRoleFromInstanceProfile(ctx, in);
    }

    @Override
    public void tagInstanceProfile(RequestContext ctx, TagInstanceProfileRequest in) {
        instanceProfiles.tagInstanceProfile(ctx, in);
    }

    @Override
    public void untagInstanceProfile(RequestContext ctx, UntagInstanceProfileRequest in) {
        instanceProfiles.untagInstanceProfile(ctx, in);
    }

    @Override
    public ListInstanceProfileTagsResponse listInstanceProfileTags(RequestContext ctx, ListInstanceProfileTagsRequest in) {
        return instanceProfiles.listInstanceProfileTags(ctx, in);
    }

    // The account

    @Override
    public GetAccountAuthorizationDetailsResponse getAccountAuthorizationDetails(RequestContext ctx, GetAccountAuthorizationDetailsRequest in) {
        return account.getAccountAuthorizationDetails(ctx, in);
    }

    @Override
    public GetAccountSummaryResponse getAccountSummary(RequestContext ctx) {
        return account.getAccountSummary(ctx);
    }

    @Override
    public void createAccountAlias(RequestContext ctx, CreateAccountAliasRequest in) {
        account.createAccountAlias(ctx, in);
    }

    @Override
    public void deleteAccountAlias(RequestContext ctx, DeleteAccountAliasRequest in) {
        account.deleteAccountAlias(ctx, in);
    }

    @Override
    public ListAccountAliasesResponse listAccountAliases(RequestContext ctx, ListAccountAliasesRequest in) {
        return account.listAccountAliases(ctx, in);
    }

    // The policy simulator

    @Override
    public SimulatePolicyResponse simulatePrincipalPolicy(RequestContext ctx, SimulatePrincipalPolicyRequest in) {
        return simulator.simulatePrincipalPolicy(ctx, in);
    }

    @Override
    public SimulatePolicyResponse simulateCustomPolicy(RequestContext ctx, SimulateCustomPolicyRequest in) {
        return simulator.simulateCustomPolicy(ctx, in);
    }

    @Override
    public GetContextKeysForPolicyResponse getContextKeysForPrincipalPolicy(RequestContext ctx, GetContextKeysForPrincipalPolicyRequest in) {
        return simulator.getContextKeysForPrincipalPolicy(ctx, in);
    }

    @Override
    public GetContextKeysForPolicyResponse getContextKeysForCustomPolicy(RequestContext ctx, GetContextKeysForCustomPolicyRequest in) {
        return simulator.getContextKeysForCustomPolicy(ctx, in);
    }
}
