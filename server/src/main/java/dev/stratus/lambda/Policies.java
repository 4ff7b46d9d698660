package dev.stratus.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.lambda.api.AddPermissionRequest;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.Iterator;

/**
 * Resource policies (AddPermission, RemovePermission, GetPolicy), one per function or qualifier,
 * as AWS writes them. They are kept and returned; enforcing them comes with IAM.
 */
final class Policies {
    private final Store store;
    private final LambdaRepository repo;

    Policies(Store store, LambdaRepository repo) {
        this.store = store;
        this.repo = repo;
    }

    /** The statement added, as the JSON string AddPermission answers. */
    String add(FunctionRef ref, AddPermissionRequest in) {
        if (LambdaService.LATEST.equals(ref.qualifier())) {
            throw FunctionRules.invalid("We currently do not support adding policies for $LATEST.");
        }
        ObjectNode statement = Json.MAPPER.createObjectNode();
        statement.put("Sid", in.statementId());
        statement.put("Effect", "Allow");
        statement.set("Principal", principal(ref.key().region(), in.principal()));
        statement.put("Action", in.action());
        statement.put("Resource", ref.invokedArn());
        ObjectNode condition = Json.MAPPER.createObjectNode();
        if (in.sourceAccount() != null) {
            condition.withObject("StringEquals").put("AWS:SourceAccount", in.sourceAccount());
        }
        if (in.principalOrgID() != null) {
            condition.withObject("StringEquals").put("aws:PrincipalOrgID", in.principalOrgID());
        }
        if (in.functionUrlAuthType() != null) {
            condition.withObject("StringEquals").put("lambda:FunctionUrlAuthType", in.functionUrlAuthType());
        }
        if (in.eventSourceToken() != null) {
            condition.withObject("StringEquals").put("lambda:EventSourceToken", in.eventSourceToken());
        }
        if (in.sourceArn() != null) {
            condition.withObject("ArnLike").put("AWS:SourceArn", in.sourceArn());
        }
        if (!condition.isEmpty()) {
            statement.set("Condition", condition);
        }
        String qualifier = ref.qualifier() == null ? "" : ref.qualifier();
        store.write(tx -> {
            requireTarget(tx, ref);
            ObjectNode policy = policy(tx, ref.key(), qualifier);
            ArrayNode statements = (ArrayNode) policy.get("Statement");
            for (JsonNode s : statements) {
                if (s.path("Sid").asText().equals(in.statementId())) {
                    throw new AwsException("ResourceConflictException", "The statement id (" + in.statementId()
                            + ") provided already exists. Please provide a new statement id, or remove the existing statement.");
                }
            }
            statements.add(statement);
            repo.putSetting(tx, ref.key(), "policy", qualifier, Json.string(policy));
            return null;
        });
        return Json.string(statement);
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
            ObjectNode policy = (ObjectNode) Json.parse(doc);
            boolean removed = false;
            for (Iterator<JsonNode> it = policy.get("Statement").iterator(); it.hasNext(); ) {
                if (it.next().path("Sid").asText().equals(statementId)) {
                    it.remove();
                    removed = true;
                }
            }
            if (!removed) {
                throw new AwsException("ResourceNotFoundException", "Statement " + statementId + " is not found in resource policy.");
            }
            if (policy.get("Statement").isEmpty()) {
                repo.deleteSetting(tx, ref.key(), "policy", qualifier);
            } else {
                repo.putSetting(tx, ref.key(), "policy", qualifier, Json.string(policy));
            }
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

    private ObjectNode policy(Tx tx, FunctionKey key, String qualifier) throws SQLException {
        String doc = repo.setting(tx, key, "policy", qualifier);
        if (doc != null) {
            return (ObjectNode) Json.parse(doc);
        }
        ObjectNode p = Json.MAPPER.createObjectNode();
        p.put("Version", "2012-10-17");
        p.put("Id", "default");
        p.putArray("Statement");
        return p;
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
    private static JsonNode principal(String region, String principal) {
        if (principal.equals("*")) {
            return Json.MAPPER.getNodeFactory().textNode("*");
        }
        ObjectNode p = Json.MAPPER.createObjectNode();
        if (principal.matches("\\d{12}")) {
            p.put("AWS", Arn.accountRoot(region, principal).toString());
        } else if (principal.startsWith("arn:")) {
            p.put("AWS", principal);
        } else if (principal.endsWith(".amazonaws.com") || principal.endsWith(".amazonaws.com.cn")) {
            p.put("Service", principal);
        } else {
            throw FunctionRules.invalid("The provided principal was invalid. Please check the principal and try again.");
        }
        return p;
    }
}
