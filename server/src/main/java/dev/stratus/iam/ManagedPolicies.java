package dev.stratus.iam;

import static dev.stratus.iam.IamRules.deleteConflict;
import static dev.stratus.iam.IamRules.limitExceeded;

import dev.stratus.iam.AwsManagedPolicies.AwsPolicy;
import dev.stratus.iam.PolicyRepository.StoredPolicy;
import dev.stratus.iam.PolicyRepository.StoredVersion;
import dev.stratus.iam.api.*;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Managed policies: the account's own (create, read, list, delete, versions, tags) and AWS's
 * ({@link AwsManagedPolicies}: listed, read and attached, never changed). A policy's versions are
 * v1, v2 … (a number is never reused), at most five, one of them the default: the one that applies
 * wherever the policy is attached.
 */
final class ManagedPolicies {
    /** IAM's quota on a managed policy's document, whitespace not counted. */
    static final int POLICY_SIZE_QUOTA = 6144;
    static final int MAX_VERSIONS = 5;

    private final IamState iam;

    ManagedPolicies(IamState iam) {
        this.iam = iam;
    }

    CreatePolicyResponse createPolicy(RequestContext ctx, CreatePolicyRequest in) {
        checkDocument(in.policyDocument());
        Map<String, String> tags = IamRules.tagMap(in.tags());
        String path = in.path() == null ? "/" : in.path();
        return iam.write(tx -> {
            if (iam.policies.policyNamed(tx, ctx.accountId(), in.policyName()) != null) {
                throw IamRules.alreadyExists("A policy called " + in.policyName() + " already exists. Duplicate names are not allowed.");
            }
            long now = iam.now();
            StoredPolicy p = new StoredPolicy(ctx.accountId(), in.policyName(), path, IamRules.newId("ANPA"),
                    IamState.arn(ctx, "policy", path, in.policyName()), in.description(), "v1", 2, now, now);
            iam.policies.insertPolicy(tx, p);
            iam.policies.insertVersion(tx, new StoredVersion(p.arn(), "v1", in.policyDocument(), now));
            Tags.put(tx, p.arn(), tags, IamRules.TAG_RULES);
            return new CreatePolicyResponse(IamAnswers.policy(p, 0, 0, IamRules.tagsOrNull(tags)));
        });
    }

    GetPolicyResponse getPolicy(RequestContext ctx, GetPolicyRequest in) {
        return iam.read(tx -> {
            StoredPolicy p = iam.policy(tx, ctx, in.policyArn());
            return new GetPolicyResponse(IamAnswers.policy(p, attachments(tx, ctx, p), iam.policies.boundaryUses(tx, ctx.accountId(), p.arn()),
                    IamState.isAws(p) ? null : IamRules.tagsOrNull(Tags.list(tx, p.arn()))));
        });
    }

    /**
     * The policies the account sees: its own (Scope=Local), AWS's (Scope=AWS) or both, by path
     * prefix; with OnlyAttached those attached to something, and by PolicyUsageFilter those used as
     * permissions policies (attached) or as boundaries. As AWS documents, without Description and Tags.
     */
    ListPoliciesResponse listPolicies(RequestContext ctx, ListPoliciesRequest in) {
        String scope = in.scope() == null ? "All" : in.scope();
        String prefix = in.pathPrefix() == null ? "/" : in.pathPrefix();
        boolean onlyAttached = Boolean.TRUE.equals(in.onlyAttached());
        record Listed(StoredPolicy policy, int attachments, int boundaryUses) {
        }
        List<Listed> listed = iam.read(tx -> {
            List<StoredPolicy> candidates = new ArrayList<>();
            if (!scope.equals("Local")) {
                iam.aws.all().stream().map(AwsPolicy::policy).forEach(candidates::add);
            }
            if (!scope.equals("AWS")) {
                candidates.addAll(iam.policies.policies(tx, ctx.accountId()));
            }
            List<Listed> out = new ArrayList<>();
            for (StoredPolicy p : candidates) {
                if (!p.path().startsWith(prefix)) {
                    continue;
                }
                int attached = attachments(tx, ctx, p);
                int boundaries = iam.policies.boundaryUses(tx, ctx.accountId(), p.arn());
                boolean used = "PermissionsBoundary".equals(in.policyUsageFilter()) ? boundaries > 0 : attached > 0;
                if ((onlyAttached || in.policyUsageFilter() != null) && !used) {
                    continue;
                }
                out.add(new Listed(p, attached, boundaries));
            }
            return out;
        });
        Paging.Page<Listed> page = IamRules.page(listed, l -> IamRepository.key(l.policy().name()) + " " + l.policy().arn(), in.marker(),
                in.maxItems(), "ListPolicies", ctx.accountId(), scope, prefix, onlyAttached, in.policyUsageFilter());
        return new ListPoliciesResponse(page.items().stream().map(l -> {
            StoredPolicy p = l.policy();
            StoredPolicy withoutDescription = new StoredPolicy(p.account(), p.name(), p.path(), p.policyId(), p.arn(), null, p.defaultVersion(),
                    p.nextVersion(), p.created(), p.updated());
            return IamAnswers.policy(withoutDescription, l.attachments(), l.boundaryUses(), null);
        }).toList(), page.nextToken() != null, page.nextToken());
    }

    /** Deletes a policy attached to nothing, with no versions left but its default, as IAM insists. */
    void deletePolicy(RequestContext ctx, DeletePolicyRequest in) {
        iam.write(tx -> {
            StoredPolicy p = iam.ownPolicy(tx, ctx, in.policyArn());
            if (!iam.policies.attachments(tx, ctx.accountId(), p.arn()).isEmpty() || iam.policies.boundaryUses(tx, ctx.accountId(), p.arn()) > 0) {
                throw deleteConflict("Cannot delete a policy attached to entities.");
            }
            if (iam.policies.versions(tx, p.arn()).size() > 1) {
                throw deleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. "
                        + "The default version is deleted with the policy.");
            }
            iam.policies.deletePolicy(tx, p);
            return null;
        });
    }

    // Versions

    CreatePolicyVersionResponse createPolicyVersion(RequestContext ctx, CreatePolicyVersionRequest in) {
        checkDocument(in.policyDocument());
        return iam.write(tx -> {
            StoredPolicy p = iam.ownPolicy(tx, ctx, in.policyArn());
            if (iam.policies.versions(tx, p.arn()).size() >= MAX_VERSIONS) {
                throw limitExceeded("A managed policy can have up to " + MAX_VERSIONS + " versions. Before you create a new version, you must "
                        + "delete an existing version.");
            }
            long now = iam.now();
            StoredVersion v = new StoredVersion(p.arn(), "v" + p.nextVersion(), in.policyDocument(), now);
            iam.policies.insertVersion(tx, v);
            boolean isDefault = Boolean.TRUE.equals(in.setAsDefault());
            iam.policies.updatePolicy(tx, new StoredPolicy(p.account(), p.name(), p.path(), p.policyId(), p.arn(), p.description(),
                    isDefault ? v.versionId() : p.defaultVersion(), p.nextVersion() + 1, p.created(), isDefault ? now : p.updated()));
            return new CreatePolicyVersionResponse(IamAnswers.version(v, isDefault ? v.versionId() : p.defaultVersion(), false));
        });
    }

    GetPolicyVersionResponse getPolicyVersion(RequestContext ctx, GetPolicyVersionRequest in) {
        return iam.read(tx -> {
            StoredPolicy p = iam.policy(tx, ctx, in.policyArn());
            return new GetPolicyVersionResponse(IamAnswers.version(version(tx, p, in.versionId()), p.defaultVersion(), true));
        });
    }

    ListPolicyVersionsResponse listPolicyVersions(RequestContext ctx, ListPolicyVersionsRequest in) {
        record Found(StoredPolicy policy, List<StoredVersion> versions) {
        }
        Found found = iam.read(tx -> {
            StoredPolicy p = iam.policy(tx, ctx, in.policyArn());
            return new Found(p, IamState.isAws(p) ? List.of(iam.aws.find(p.arn()).orElseThrow().version()) : iam.policies.versions(tx, p.arn()));
        });
        // Newest first, as IAM lists them: the key counts down as version numbers go up.
        Paging.Page<StoredVersion> page = IamRules.page(found.versions(), v -> String.format("%010d", Integer.MAX_VALUE - number(v.versionId())),
                in.marker(), in.maxItems(), "ListPolicyVersions", found.policy().arn());
        return new ListPolicyVersionsResponse(page.items().stream().map(v -> IamAnswers.version(v, found.policy().defaultVersion(), false)).toList(),
                page.nextToken() != null, page.nextToken());
    }

    void deletePolicyVersion(RequestContext ctx, DeletePolicyVersionRequest in) {
        iam.write(tx -> {
            StoredPolicy p = iam.ownPolicy(tx, ctx, in.policyArn());
            StoredVersion v = version(tx, p, in.versionId());
            if (v.versionId().equals(p.defaultVersion())) {
                throw deleteConflict("Cannot delete the default version of a policy.");
            }
            iam.policies.deleteVersion(tx, v);
            return null;
        });
    }

    void setDefaultPolicyVersion(RequestContext ctx, SetDefaultPolicyVersionRequest in) {
        iam.write(tx -> {
            StoredPolicy p = iam.ownPolicy(tx, ctx, in.policyArn());
            StoredVersion v = version(tx, p, in.versionId());
            iam.policies.updatePolicy(tx, new StoredPolicy(p.account(), p.name(), p.path(), p.policyId(), p.arn(), p.description(), v.versionId(),
                    p.nextVersion(), p.created(), iam.now()));
            return null;
        });
    }

    // Tags: the account's own policies only

    void tagPolicy(RequestContext ctx, TagPolicyRequest in) {
        Map<String, String> tags = IamRules.tagMap(in.tags());
        iam.write(tx -> {
            IamTags.tag(tx, iam.ownPolicy(tx, ctx, in.policyArn()).arn(), tags);
            return null;
        });
    }

    void untagPolicy(RequestContext ctx, UntagPolicyRequest in) {
        iam.write(tx -> {
            IamTags.untag(tx, iam.ownPolicy(tx, ctx, in.policyArn()).arn(), in.tagKeys());
            return null;
        });
    }

    ListPolicyTagsResponse listPolicyTags(RequestContext ctx, ListPolicyTagsRequest in) {
        Map<String, String> tags = iam.read(tx -> {
            StoredPolicy p = iam.policy(tx, ctx, in.policyArn());
            return IamState.isAws(p) ? Map.<String, String>of() : Tags.list(tx, p.arn());
        });
        Paging.Page<Tag> page = IamTags.page(tags, in.marker(), in.maxItems(), "ListPolicyTags", in.policyArn());
        return new ListPolicyTagsResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    // Shared

    /** How many users, groups and roles of the account the policy is attached to. */
    int attachments(Tx tx, RequestContext ctx, StoredPolicy p) throws SQLException {
        return iam.policies.attachments(tx, ctx.accountId(), p.arn()).size();
    }

    private StoredVersion version(Tx tx, StoredPolicy p, String versionId) throws SQLException {
        StoredVersion v = iam.findVersion(tx, p, versionId);
        if (v == null) {
            throw IamRules.noSuchEntity("Policy " + p.arn() + " version " + versionId + " does not exist or is not attachable.");
        }
        return v;
    }

    private static int number(String versionId) {
        String digits = versionId.substring(1).split("\\.")[0];
        return Integer.parseInt(digits);
    }

    private static void checkDocument(String document) {
        IamRules.checkIdentityPolicy(document);
        if (IamRules.size(document) > POLICY_SIZE_QUOTA) {
            throw limitExceeded("Cannot exceed quota for PolicySize: " + POLICY_SIZE_QUOTA);
        }
    }
}
