package dev.stratus.iam;

import dev.stratus.iam.IamRepository.StoredGroup;
import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.IamRepository.StoredUser;
import dev.stratus.iam.PolicyRepository.InlinePolicy;
import dev.stratus.iam.PolicyRepository.StoredPolicy;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.Tags;
import dev.stratus.platform.port.Identities;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IAM's users and roles as the identity step reads them on every request by a user or a session:
 * every policy that applies (inline, attached managed policies' default versions, and for a user
 * its groups' too), the boundary, tags and trust. Answers are kept on each node until IAM is
 * written, through any node ({@link IamState#identities}).
 */
final class IdentityCatalog implements Identities {
    private final IamState iam;
    private final String account;

    IdentityCatalog(IamState iam, String account) {
        this.iam = iam;
        this.account = account;
    }

    @Override
    public Optional<Identity> user(String name) {
        return cached("user:" + IamRepository.key(name), tx -> {
            StoredUser u = iam.repo.user(tx, account, name);
            if (u == null) {
                return Optional.empty();
            }
            List<PolicyDocument> policies = policiesOf(tx, u.userId());
            for (StoredGroup g : iam.repo.groupsOf(tx, u.userId())) {
                policies.addAll(policiesOf(tx, g.groupId()));
            }
            return Optional.of(new Identity(u.arn(), u.userId(), policies, boundary(tx, u.permissionsBoundary()), Tags.list(tx, u.arn()), null, 0));
        });
    }

    @Override
    public Optional<Identity> role(String name) {
        return cached("role:" + IamRepository.key(name), tx -> {
            StoredRole r = iam.repo.role(tx, account, name);
            if (r == null) {
                return Optional.empty();
            }
            return Optional.of(new Identity(r.arn(), r.roleId(), policiesOf(tx, r.roleId()), boundary(tx, r.permissionsBoundary()),
                    Tags.list(tx, r.arn()), PolicyDocument.stored(r.trustPolicy()), r.maxSessionDuration()));
        });
    }

    @Override
    public Optional<PolicyDocument> managedPolicy(String arn) {
        return cached("policy:" + arn, tx -> managedDocument(tx, arn).map(d -> new Identity(arn, null, List.of(d), Optional.empty(), Map.of(),
                null, 0))).map(i -> i.policies().get(0));
    }

    private Optional<Identity> cached(String key, Store.Work<Optional<Identity>> read) {
        return iam.identities.get(key, () -> iam.read(read));
    }

    /** A user's, group's or role's own policies: inline ones, then the default versions of the managed policies attached to it. */
    private List<PolicyDocument> policiesOf(Tx tx, String holderId) throws SQLException {
        List<PolicyDocument> out = new ArrayList<>();
        for (InlinePolicy p : iam.policies.inlines(tx, holderId)) {
            out.add(PolicyDocument.stored(p.document()));
        }
        for (String arn : iam.policies.attached(tx, holderId)) {
            managedDocument(tx, arn).ifPresent(out::add);
        }
        return out;
    }

    private Optional<PolicyDocument> boundary(Tx tx, String arn) throws SQLException {
        return arn == null ? Optional.empty() : managedDocument(tx, arn);
    }

    private Optional<PolicyDocument> managedDocument(Tx tx, String arn) throws SQLException {
        Optional<AwsManagedPolicies.AwsPolicy> aws = iam.aws.find(arn);
        StoredPolicy p = aws.isPresent() ? aws.get().policy() : iam.policies.policy(tx, arn);
        String document = p == null ? null : iam.defaultDocument(tx, p);
        return Optional.ofNullable(document).map(PolicyDocument::stored);
    }
}
