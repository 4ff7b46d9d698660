package dev.stratus.iam;

import dev.stratus.iam.IamState.Holder;
import dev.stratus.iam.PolicyRepository.InlinePolicy;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import java.util.Map;

/**
 * The policies written into a user, group or role (Put/Get/Delete/List User/Group/RolePolicy):
 * identity policies in IAM's grammar, kept as given and answered URL-encoded, within IAM's quota
 * on all of one principal's inline policies together (whitespace not counted).
 */
final class InlinePolicies {
    /** IAM's quotas on the inline policies of one user, group and role, together. */
    private static final Map<String, Integer> QUOTAS = Map.of("user", 2048, "group", 5120, "role", 10240);

    private final IamState iam;

    InlinePolicies(IamState iam) {
        this.iam = iam;
    }

    /** A policy as stored: its name and document. */
    record Found(String holderName, InlinePolicy policy) {
    }

    void put(RequestContext ctx, String kind, String name, String policyName, String document) {
        IamRules.checkIdentityPolicy(document);
        iam.write(tx -> {
            Holder h = iam.holder(tx, ctx, kind, name, true);
            long size = IamRules.size(document);
            for (InlinePolicy other : iam.policies.inlines(tx, h.id())) {
                if (!other.name().equals(policyName)) {
                    size += IamRules.size(other.document());
                }
            }
            int quota = QUOTAS.get(kind);
            if (size > quota) {
                throw IamRules.limitExceeded("Maximum policy size of " + quota + " bytes exceeded for " + kind + " " + name);
            }
            iam.policies.putInline(tx, kind, h.id(), policyName, document);
            return null;
        });
    }

    Found get(RequestContext ctx, String kind, String name, String policyName) {
        return iam.read(tx -> {
            Holder h = iam.holder(tx, ctx, kind, name, false);
            InlinePolicy p = iam.policies.inline(tx, h.id(), policyName);
            if (p == null) {
                throw missing(kind, policyName);
            }
            return new Found(h.name(), p);
        });
    }

    void delete(RequestContext ctx, String kind, String name, String policyName) {
        iam.write(tx -> {
            Holder h = iam.holder(tx, ctx, kind, name, true);
            if (!iam.policies.deleteInline(tx, h.id(), policyName)) {
                throw missing(kind, policyName);
            }
            return null;
        });
    }

    Paging.Page<String> list(RequestContext ctx, String kind, String name, String marker, Integer maxItems) {
        record Listed(Holder holder, List<String> names) {
        }
        Listed listed = iam.read(tx -> {
            Holder h = iam.holder(tx, ctx, kind, name, false);
            return new Listed(h, iam.policies.inlines(tx, h.id()).stream().map(InlinePolicy::name).toList());
        });
        return IamRules.page(listed.names(), n -> n, marker, maxItems, "ListInlinePolicies", listed.holder().id());
    }

    private static RuntimeException missing(String kind, String policyName) {
        return IamRules.noSuchEntity("The " + kind + " policy with name " + policyName + " cannot be found.");
    }
}
