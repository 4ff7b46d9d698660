package dev.stratus.lambda;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.lambda.api.AddPermissionRequest;
import dev.stratus.platform.Arn;
import dev.stratus.platform.NodeCache;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.PolicyDocument.Principal;
import dev.stratus.platform.PolicyDocument.Statement;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resource policies (AddPermission, RemovePermission, GetPolicy), one per function or qualifier,
 * as AWS writes them. They are kept and returned; enforcing them comes with IAM.
 */
final class Policies {
    /** By ARN, named by requests: a flood of names that exist nowhere must not grow it without end. */
    private static final int KEPT = 10_000;

    private final Store store;
    private final LambdaRepository repo;
    /** Read on every request that names a function by a caller other than the account, written rarely. */
    private final NodeCache<Optional<PolicyDocument>> cache;

    Policies(Store store, LambdaRepository repo) {
        this.store = store;
        this.repo = repo;
        this.cache = new NodeCache<>(store, "lambda.policies", KEPT);
    }

    /**
     * The policy of the function, version or alias this ARN names, for IAM: each qualifier has its
     * own, and an unqualified ARN names the function's ({@code $LATEST} has none of its own, as in AWS).
     */
    Optional<PolicyDocument> ofArn(String arn) {
        return cache.get(arn, () -> stored(arn));
    }

    /** Policies may change in {@code tx} (a function, version or alias deleted with theirs): every node reads them afresh once it ends. */
    void changed(Tx tx) throws SQLException {
        cache.changedAll(tx);
    }

    private Optional<PolicyDocument> stored(String arn) {
        Optional<Arn> a = Arn.parse(arn).filter(x -> x.service().equals("lambda"));
        String[] f = a.flatMap(x -> x.resourceAfter("function:")).map(r -> r.split(":", -1)).orElse(new String[0]);
        if (f.length == 0 || f.length > 2 || f[0].isEmpty()) {
            return Optional.empty();
        }
        FunctionKey key = new FunctionKey(a.get().account(), a.get().region(), f[0]);
        String doc = store.read(tx -> repo.setting(tx, key, "policy", f.length == 2 ? f[1] : ""));
        return Optional.ofNullable(doc).map(PolicyDocument::stored);
    }

    /** The statement added, as the JSON string AddPermission answers. */
    String add(FunctionRef ref, AddPermissionRequest in) {
        if (LambdaService.LATEST.equals(ref.qualifier())) {
            throw FunctionRules.invalid("We currently do not support adding policies for $LATEST.");
        }
        Map<String, Map<String, String>> condition = new LinkedHashMap<>();
        if (in.sourceAccount() != null) {
            condition.computeIfAbsent("StringEquals", k -> new LinkedHashMap<>()).put("AWS:SourceAccount", in.sourceAccount());
        }
        if (in.principalOrgID() != null) {
            condition.computeIfAbsent("StringEquals", k -> new LinkedHashMap<>()).put("aws:PrincipalOrgID", in.principalOrgID());
        }
        if (in.functionUrlAuthType() != null) {
            condition.computeIfAbsent("StringEquals", k -> new LinkedHashMap<>()).put("lambda:FunctionUrlAuthType", in.functionUrlAuthType());
        }
        if (in.eventSourceToken() != null) {
            condition.computeIfAbsent("StringEquals", k -> new LinkedHashMap<>()).put("lambda:EventSourceToken", in.eventSourceToken());
        }
        if (in.sourceArn() != null) {
            condition.computeIfAbsent("ArnLike", k -> new LinkedHashMap<>()).put("AWS:SourceArn", in.sourceArn());
        }
        Statement statement = Statement.allow(in.statementId(), principal(ref.key().region(), in.principal()), List.of(in.action()), ref.invokedArn(), condition);
        String qualifier = ref.qualifier() == null ? "" : ref.qualifier();
        store.write(tx -> {
            requireTarget(tx, ref);
            PolicyDocument policy = policy(tx, ref.key(), qualifier);
            if (policy.has(in.statementId())) {
                throw new AwsException("ResourceConflictException", "The statement id (" + in.statementId()
                        + ") provided already exists. Please provide a new statement id, or remove the existing statement.");
            }
            repo.putSetting(tx, ref.key(), "policy", qualifier, policy.with(statement).toJson());
            changed(tx);
            return null;
        });
        return Json.string(statement.toJson());
    }

    void remove(FunctionRef ref, String statementId) {
        String qualifier = ref.qualifier() == null ? "" : ref.qualifier();
        store.write(tx -> {
            if (repo.version(tx, ref.key(), LambdaService.LATEST) == null) {
                throw new AwsException("ResourceNotFoundException", "No policy found for: " + ref.key().arn());
            }
            String doc = repo.setting(tx, ref.key(), "policy", qualifier);
            if (doc == null) {
                throw new AwsException("ResourceNotFoundException", "No policy is associated with the given resource.");
            }
            PolicyDocument policy = PolicyDocument.stored(doc);
            if (!policy.has(statementId)) {
                throw new AwsException("ResourceNotFoundException", "Statement " + statementId + " is not found in resource policy.");
            }
            PolicyDocument rest = policy.without(statementId);
            if (rest.isEmpty()) {
                repo.deleteSetting(tx, ref.key(), "policy", qualifier);
            } else {
                repo.putSetting(tx, ref.key(), "policy", qualifier, rest.toJson());
            }
            changed(tx);
            return null;
        });
    }

    /** The policy document as GetPolicy answers it. */
    String get(FunctionRef ref) {
        String qualifier = ref.qualifier() == null ? "" : ref.qualifier();
        return store.read(tx -> {
            requireTarget(tx, ref);
            String doc = repo.setting(tx, ref.key(), "policy", qualifier);
            if (doc == null) {
                throw new AwsException("ResourceNotFoundException", "The resource you requested does not exist.");
            }
            return doc;
        });
    }

    private PolicyDocument policy(Tx tx, FunctionKey key, String qualifier) throws SQLException {
        String doc = repo.setting(tx, key, "policy", qualifier);
        return doc != null ? PolicyDocument.stored(doc) : PolicyDocument.empty("2012-10-17", "default");
    }

    private void requireTarget(Tx tx, FunctionRef ref) throws SQLException {
        if (repo.version(tx, ref.key(), LambdaService.LATEST) == null) {
            throw LambdaService.notFound(ref.key().arn());
        }
        String q = ref.qualifier();
        if (q == null) {
            return;
        }
        boolean exists = q.chars().allMatch(Character::isDigit) ? repo.version(tx, ref.key(), q) != null : repo.alias(tx, ref.key(), q) != null;
        if (!exists) {
            throw q.chars().allMatch(Character::isDigit) ? LambdaService.notFound(ref.invokedArn())
                    : new AwsException("ResourceNotFoundException", "Cannot find alias arn: " + ref.invokedArn());
        }
    }

    /** A principal as AWS writes it: a service, an account (its root), an ARN, or anyone. */
    private static Principal principal(String region, String principal) {
        if (principal.equals("*")) {
            return Principal.ANYONE;
        }
        if (principal.matches("\\d{12}")) {
            return Principal.of("AWS", Arn.accountRoot(region, principal).toString());
        } else if (principal.startsWith("arn:")) {
            return Principal.of("AWS", principal);
        } else if (principal.endsWith(".amazonaws.com") || principal.endsWith(".amazonaws.com.cn")) {
            return Principal.of("Service", principal);
        }
        throw FunctionRules.invalid("The provided principal was invalid. Please check the principal and try again.");
    }
}
