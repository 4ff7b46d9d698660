package dev.stratus.iam;

import static dev.stratus.iam.IamRules.noSuchEntity;

import dev.stratus.iam.AwsManagedPolicies.AwsPolicy;
import dev.stratus.iam.IamRepository.StoredGroup;
import dev.stratus.iam.IamRepository.StoredProfile;
import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.IamRepository.StoredUser;
import dev.stratus.iam.PolicyRepository.StoredPolicy;
import dev.stratus.iam.PolicyRepository.StoredVersion;
import dev.stratus.platform.Arn;
import dev.stratus.platform.NodeCache;
import dev.stratus.platform.Tags;
import dev.stratus.platform.port.Identities;
import dev.stratus.platform.identity.Credentials;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What IAM's operations share: the store (every write changes {@link #identities}, on every node
 * once it commits), the clock, the repositories, AWS's managed policies, the platform's
 * credentials, and finding each kind of entity or answering IAM's {@code NoSuchEntity}.
 */
final class IamState {
    final Clock clock;
    final IamRepository repo = new IamRepository();
    final PolicyRepository policies = new PolicyRepository();
    final AwsManagedPolicies aws = new AwsManagedPolicies();
    final Credentials credentials;
    /** Names asked for are few (users and roles that call); the cache is emptied should names never seen fill it. */
    private static final int IDENTITIES_KEPT = 10_000;

    private final Store store;
    /**
     * What the identity step reads of IAM ({@link IdentityCatalog}), by entity; any write to IAM
     * may change any of it (a managed policy bears on every holder it is attached to).
     */
    final NodeCache<Optional<Identities.Identity>> identities;

    IamState(Store store, Clock clock, Credentials credentials) {
        this.store = store;
        this.clock = clock;
        this.credentials = credentials;
        this.identities = new NodeCache<>(store, "iam.identities", IDENTITIES_KEPT);
        Tags.migrate(store);
        store.migrate("iam", IamRepository.MIGRATIONS);
        store.migrate("iam-policies", PolicyRepository.MIGRATIONS);
    }

    <T> T read(Store.Work<T> work) {
        return store.read(work);
    }

    <T> T write(Store.Work<T> work) {
        return store.write(tx -> {
            identities.changedAll(tx);
            return work.run(tx);
        });
    }

    long now() {
        return IamRules.wholeSeconds(clock.millis());
    }

    /** An IAM ARN of this account: no region, the partition of the request's region. */
    static String arn(RequestContext ctx, String type, String path, String name) {
        return Arn.global("iam", ctx.region(), ctx.accountId(), type + path + name).toString();
    }

    // Finding entities

    StoredUser user(Tx tx, RequestContext ctx, String name) throws SQLException {
        StoredUser u = repo.user(tx, ctx.accountId(), name);
        if (u == null) {
            throw noSuchEntity("The user with name " + name + " cannot be found.");
        }
        return u;
    }

    StoredGroup group(Tx tx, RequestContext ctx, String name) throws SQLException {
        StoredGroup g = repo.group(tx, ctx.accountId(), name);
        if (g == null) {
            throw noSuchEntity("The group with name " + name + " cannot be found.");
        }
        return g;
    }

    StoredRole role(Tx tx, RequestContext ctx, String name) throws SQLException {
        StoredRole r = repo.role(tx, ctx.accountId(), name);
        if (r == null) {
            throw noSuchEntity("The role with name " + name + " cannot be found.");
        }
        return r;
    }

    StoredProfile profile(Tx tx, RequestContext ctx, String name) throws SQLException {
        StoredProfile p = repo.profile(tx, ctx.accountId(), name);
        if (p == null) {
            throw noSuchEntity("Instance Profile " + name + " cannot be found.");
        }
        return p;
    }

    /** A user, group or role as a holder of policies: its kind ({@code user}, {@code group}, {@code role}), unique id and name. */
    record Holder(String kind, String id, String name) {
    }

    /** The user, group or role of this kind and name; for a change, not a role only AWS may change. */
    Holder holder(Tx tx, RequestContext ctx, String kind, String name, boolean change) throws SQLException {
        return switch (kind) {
            case "user" -> {
                StoredUser u = user(tx, ctx, name);
                yield new Holder(kind, u.userId(), u.name());
            }
            case "group" -> {
                StoredGroup g = group(tx, ctx, name);
                yield new Holder(kind, g.groupId(), g.name());
            }
            default -> {
                StoredRole r = role(tx, ctx, name);
                if (change) {
                    ServiceLinkedRoles.refuseChange(r);
                }
                yield new Holder(kind, r.roleId(), r.name());
            }
        };
    }

    /** A managed policy the account can see — its own or AWS's — or null. */
    StoredPolicy findPolicy(Tx tx, RequestContext ctx, String arn) throws SQLException {
        AwsPolicy awsPolicy = aws.find(arn).orElse(null);
        if (awsPolicy != null) {
            return awsPolicy.policy();
        }
        StoredPolicy p = policies.policy(tx, arn);
        return p == null || !p.account().equals(ctx.accountId()) ? null : p;
    }

    /** A managed policy, as GetPolicy finds it. */
    StoredPolicy policy(Tx tx, RequestContext ctx, String arn) throws SQLException {
        StoredPolicy p = findPolicy(tx, ctx, arn);
        if (p == null) {
            throw noSuchEntity("Policy " + arn + " was not found.");
        }
        return p;
    }

    /** A managed policy to attach, or to use as a permissions boundary. */
    StoredPolicy attachable(Tx tx, RequestContext ctx, String arn) throws SQLException {
        StoredPolicy p = findPolicy(tx, ctx, arn);
        if (p == null) {
            throw noSuchEntity("Policy " + arn + " does not exist or is not attachable.");
        }
        return p;
    }

    /** A customer managed policy of the account, to change: AWS's are refused as IAM refuses them. */
    StoredPolicy ownPolicy(Tx tx, RequestContext ctx, String arn) throws SQLException {
        StoredPolicy p = policy(tx, ctx, arn);
        if (isAws(p)) {
            throw IamRules.invalidInput("The policy " + arn + " is an AWS managed policy and cannot be modified.");
        }
        return p;
    }

    /** A version of a managed policy, or null. */
    StoredVersion findVersion(Tx tx, StoredPolicy p, String versionId) throws SQLException {
        if (isAws(p)) {
            StoredVersion v = aws.find(p.arn()).orElseThrow().version();
            return v.versionId().equals(versionId) ? v : null;
        }
        return policies.version(tx, p.arn(), versionId);
    }

    /** The document of a managed policy's default version: what applies where it is attached. */
    String defaultDocument(Tx tx, StoredPolicy p) throws SQLException {
        StoredVersion v = findVersion(tx, p, p.defaultVersion());
        return v == null ? null : v.document();
    }

    static boolean isAws(StoredPolicy p) {
        return p.account().equals(AwsManagedPolicies.ACCOUNT);
    }
}
