package dev.stratus.iam;

import static dev.stratus.iam.IamRules.encoded;

import dev.stratus.iam.IamRepository.StoredGroup;
import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.IamRepository.StoredUser;
import dev.stratus.iam.PolicyRepository.InlinePolicy;
import dev.stratus.iam.PolicyRepository.StoredPolicy;
import dev.stratus.iam.PolicyRepository.StoredVersion;
import dev.stratus.iam.api.*;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The account as a whole: every entity with its policies (GetAccountAuthorizationDetails), the
 * counts and quotas of GetAccountSummary, and the account's alias.
 */
final class AccountAuthorization {
    private final IamState iam;
    private final InstanceProfiles profiles;

    AccountAuthorization(IamState iam, InstanceProfiles profiles) {
        this.iam = iam;
        this.profiles = profiles;
    }

    /**
     * Users, groups, roles and managed policies (the account's own, and AWS's that are attached to
     * something), each with its policies, as Filter asks (all when none is given), a page at a time
     * across the four lists.
     */
    GetAccountAuthorizationDetailsResponse getAccountAuthorizationDetails(RequestContext ctx, GetAccountAuthorizationDetailsRequest in) {
        Set<String> filter = in.filter() == null || in.filter().isEmpty()
                ? Set.of("User", "Group", "Role", "LocalManagedPolicy", "AWSManagedPolicy") : Set.copyOf(in.filter());
        record Entry(String key, Object detail) {
        }
        List<Entry> all = iam.read(tx -> {
            List<Entry> out = new ArrayList<>();
            if (filter.contains("User")) {
                for (StoredUser u : iam.repo.users(tx, ctx.accountId(), "/")) {
                    out.add(new Entry("1 " + IamRepository.key(u.name()), userDetail(tx, ctx, u)));
                }
            }
            if (filter.contains("Group")) {
                for (StoredGroup g : iam.repo.groups(tx, ctx.accountId(), "/")) {
                    out.add(new Entry("2 " + IamRepository.key(g.name()), new GroupDetail(g.path(), g.name(), g.groupId(), g.arn(),
                            Instant.ofEpochMilli(g.created()), inline(tx, g.groupId()), attached(tx, ctx, g.groupId()))));
                }
            }
            if (filter.contains("Role")) {
                for (StoredRole r : iam.repo.roles(tx, ctx.accountId(), "/")) {
                    out.add(new Entry("3 " + IamRepository.key(r.name()), roleDetail(tx, ctx, r)));
                }
            }
            List<StoredPolicy> policies = new ArrayList<>();
            if (filter.contains("LocalManagedPolicy")) {
                policies.addAll(iam.policies.policies(tx, ctx.accountId()));
            }
            if (filter.contains("AWSManagedPolicy")) {
                for (String arn : iam.policies.attachedInAccount(tx, ctx.accountId())) {
                    iam.aws.find(arn).ifPresent(a -> policies.add(a.policy()));
                }
            }
            for (StoredPolicy p : policies) {
                out.add(new Entry("4 " + IamRepository.key(p.name()) + " " + p.arn(), policyDetail(tx, ctx, p)));
            }
            return out;
        });
        Paging.Page<Entry> page = IamRules.page(all, Entry::key, in.marker(), in.maxItems(), "GetAccountAuthorizationDetails", ctx.accountId(),
                filter.stream().sorted().toList());
        List<UserDetail> users = new ArrayList<>();
        List<GroupDetail> groups = new ArrayList<>();
        List<RoleDetail> roles = new ArrayList<>();
        List<ManagedPolicyDetail> policies = new ArrayList<>();
        for (Entry e : page.items()) {
            switch (e.detail()) {
                case UserDetail u -> users.add(u);
                case GroupDetail g -> groups.add(g);
                case RoleDetail r -> roles.add(r);
                case ManagedPolicyDetail p -> policies.add(p);
                default -> throw new IllegalStateException("no such detail: " + e.detail());
            }
        }
        return new GetAccountAuthorizationDetailsResponse(users, groups, roles, policies, page.nextToken() != null, page.nextToken());
    }

    private UserDetail userDetail(Tx tx, RequestContext ctx, StoredUser u) throws SQLException {
        List<String> groups = iam.repo.groupsOf(tx, u.userId()).stream().map(StoredGroup::name).sorted().toList();
        return new UserDetail(u.path(), u.name(), u.userId(), u.arn(), Instant.ofEpochMilli(u.created()), inline(tx, u.userId()), groups,
                attached(tx, ctx, u.userId()), IamAnswers.boundary(u.permissionsBoundary()), IamRules.tagsOrNull(Tags.list(tx, u.arn())));
    }

    private RoleDetail roleDetail(Tx tx, RequestContext ctx, StoredRole r) throws SQLException {
        return new RoleDetail(r.path(), r.name(), r.roleId(), r.arn(), Instant.ofEpochMilli(r.created()), encoded(r.trustPolicy()),
                profiles.answers(tx, iam.repo.profilesOf(tx, r.roleId())), inline(tx, r.roleId()), attached(tx, ctx, r.roleId()),
                IamAnswers.boundary(r.permissionsBoundary()), IamRules.tagsOrNull(Tags.list(tx, r.arn())), new RoleLastUsed(null, null));
    }

    private ManagedPolicyDetail policyDetail(Tx tx, RequestContext ctx, StoredPolicy p) throws SQLException {
        List<StoredVersion> versions = IamState.isAws(p) ? List.of(iam.aws.find(p.arn()).orElseThrow().version()) : iam.policies.versions(tx, p.arn());
        return new ManagedPolicyDetail(p.name(), p.policyId(), p.arn(), p.path(), p.defaultVersion(),
                iam.policies.attachments(tx, ctx.accountId(), p.arn()).size(), iam.policies.boundaryUses(tx, ctx.accountId(), p.arn()), true,
                p.description(), Instant.ofEpochMilli(p.created()), Instant.ofEpochMilli(p.updated()),
                versions.stream().map(v -> IamAnswers.version(v, p.defaultVersion(), true)).toList());
    }

    private List<PolicyDetail> inline(Tx tx, String holderId) throws SQLException {
        return iam.policies.inlines(tx, holderId).stream().map((InlinePolicy p) -> new PolicyDetail(p.name(), encoded(p.document()))).toList();
    }

    private List<AttachedPolicy> attached(Tx tx, RequestContext ctx, String holderId) throws SQLException {
        List<AttachedPolicy> out = new ArrayList<>();
        for (String arn : iam.policies.attached(tx, holderId)) {
            StoredPolicy p = iam.findPolicy(tx, ctx, arn);
            if (p != null) {
                out.add(new AttachedPolicy(p.name(), p.arn()));
            }
        }
        return out;
    }

    /** How many entities the account has, beside IAM's default quotas, by AWS's SummaryMap keys. */
    GetAccountSummaryResponse getAccountSummary(RequestContext ctx) {
        Map<String, Integer> m = new LinkedHashMap<>();
        iam.read(tx -> {
            String a = ctx.accountId();
            m.put("Users", iam.repo.count(tx, "iam_user", a));
            m.put("UsersQuota", 5000);
            m.put("Groups", iam.repo.count(tx, "iam_group", a));
            m.put("GroupsQuota", 300);
            m.put("Roles", iam.repo.count(tx, "iam_role", a));
            m.put("RolesQuota", 1000);
            m.put("Policies", iam.repo.count(tx, "iam_policy", a));
            m.put("PoliciesQuota", 1500);
            m.put("InstanceProfiles", iam.repo.count(tx, "iam_instance_profile", a));
            m.put("InstanceProfilesQuota", 1000);
            m.put("PolicyVersionsInUse", iam.repo.count(tx, "iam_attachment", a));
            m.put("PolicyVersionsInUseQuota", 10000);
            return null;
        });
        m.put("AttachedPoliciesPerUserQuota", PolicyAttachments.MAX_ATTACHED);
        m.put("AttachedPoliciesPerGroupQuota", PolicyAttachments.MAX_ATTACHED);
        m.put("AttachedPoliciesPerRoleQuota", PolicyAttachments.MAX_ATTACHED);
        m.put("GroupsPerUserQuota", Groups.MAX_GROUPS_PER_USER);
        m.put("AccessKeysPerUserQuota", AccessKeys.MAX_KEYS_PER_USER);
        m.put("UserPolicySizeQuota", 2048);
        m.put("GroupPolicySizeQuota", 5120);
        m.put("RolePolicySizeQuota", 10240);
        m.put("PolicySizeQuota", ManagedPolicies.POLICY_SIZE_QUOTA);
        m.put("VersionsPerPolicyQuota", ManagedPolicies.MAX_VERSIONS);
        m.put("AssumeRolePolicySizeQuota", IamRules.TRUST_POLICY_QUOTA);
        m.put("SigningCertificatesPerUserQuota", 2);
        m.put("ServerCertificates", 0);
        m.put("ServerCertificatesQuota", 20);
        m.put("MFADevices", 0);
        m.put("MFADevicesInUse", 0);
        m.put("AccountMFAEnabled", 0);
        m.put("AccountAccessKeysPresent", 0);
        m.put("AccountSigningCertificatesPresent", 0);
        m.put("Providers", 0);
        m.put("GlobalEndpointTokenVersion", 1);
        return new GetAccountSummaryResponse(m);
    }

    // The alias: one an account, unique across accounts

    void createAccountAlias(RequestContext ctx, CreateAccountAliasRequest in) {
        iam.write(tx -> {
            String owner = iam.repo.aliasOwner(tx, in.accountAlias());
            if (owner != null && !owner.equals(ctx.accountId())) {
                throw IamRules.alreadyExists("The account alias " + in.accountAlias() + " already exists.");
            }
            iam.repo.setAlias(tx, ctx.accountId(), in.accountAlias());
            return null;
        });
    }

    void deleteAccountAlias(RequestContext ctx, DeleteAccountAliasRequest in) {
        iam.write(tx -> {
            if (!iam.repo.deleteAlias(tx, ctx.accountId(), in.accountAlias())) {
                throw IamRules.noSuchEntity("The account alias " + in.accountAlias() + " does not exist.");
            }
            return null;
        });
    }

    ListAccountAliasesResponse listAccountAliases(RequestContext ctx, ListAccountAliasesRequest in) {
        String alias = iam.read(tx -> iam.repo.alias(tx, ctx.accountId()));
        Paging.Page<String> page = IamRules.page(alias == null ? List.of() : List.of(alias), a -> a, in.marker(), in.maxItems(),
                "ListAccountAliases", ctx.accountId());
        return new ListAccountAliasesResponse(page.items(), page.nextToken() != null, page.nextToken());
    }
}
