package dev.stratus.events;

import dev.stratus.events.EventsRepository.Bus;
import dev.stratus.events.api.Condition;
import dev.stratus.events.api.PutPermissionRequest;
import dev.stratus.events.api.RemovePermissionRequest;
import dev.stratus.platform.Arn;
import dev.stratus.platform.NodeCache;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Event buses' resource policies (PutPermission, RemovePermission), kept and answered as AWS
 * writes them; nothing enforces them until Stratus has IAM.
 */
final class BusPolicies {
    /** By ARN, named by requests: a flood of names that exist nowhere must not grow it without end. */
    private static final int KEPT = 10_000;

    private final Store store;
    private final EventsRepository repo;
    private final NodeCache<Optional<PolicyDocument>> cache;

    BusPolicies(Store store, EventsRepository repo) {
        this.store = store;
        this.repo = repo;
        this.cache = new NodeCache<>(store, "events.policies", KEPT);
    }

    /** The policy of the bus with this ARN, for IAM: read on every event put on a bus by another account or a service. */
    Optional<PolicyDocument> ofArn(String arn) {
        return cache.get(arn, () -> stored(arn));
    }

    /** Policies may change in {@code tx} (a bus deleted with its policy): every node reads them afresh once it ends. */
    void changed(Tx tx) throws SQLException {
        cache.changedAll(tx);
    }

    private Optional<PolicyDocument> stored(String arn) {
        Optional<Arn> a = Arn.parse(arn).filter(x -> x.service().equals("events"));
        String name = a.flatMap(x -> x.resourceAfter("event-bus/")).orElse("");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Bus b = new Bus(a.get().account(), a.get().region(), name, null, 0);
        return Optional.ofNullable(store.read(tx -> repo.policy(tx, b))).map(PolicyDocument::stored);
    }

    /** AWS's limit on a bus's policy ("cannot exceed 10 KB in size", PutPermission). */
    private static final int MAX_POLICY_BYTES = 10 * 1024;

    /**
     * Adds a statement to the bus's policy, or replaces the one with the same StatementId (as AWS
     * does: Terraform updates a permission in place by calling PutPermission again); a Policy
     * document replaces the whole policy.
     */
    void putPermission(RequestContext ctx, PutPermissionRequest in) {
        PolicyDocument document = in.policy() == null ? null : policyDocument(in.policy());
        if (document == null) {
            // Only events:PutEvents, as the API reference says; these texts are moto's, AWS's own were not found recorded.
            if (!"events:PutEvents".equals(in.action())) {
                throw new AwsException("ValidationException", "Provided value in parameter 'action' is not supported.");
            }
            for (String[] p : new String[][] {{"Principal", in.principal()}, {"StatementId", in.statementId()}}) {
                if (p[1] == null) {
                    throw new AwsException("ValidationException", "Parameter " + p[0] + " must be specified.");
                }
            }
        }
        store.write(tx -> {
            Bus b = EventsService.existing(repo, tx, ctx, EventsService.busName(in.eventBusName()));
            PolicyDocument policy = document;
            if (policy == null) {
                String current = repo.policy(tx, b);
                policy = (current != null ? PolicyDocument.stored(current) : PolicyDocument.empty("2012-10-17", null)).with(statement(in, b));
            }
            String text = policy.toJson();
            if (text.getBytes(StandardCharsets.UTF_8).length > MAX_POLICY_BYTES) {
                throw policyTooLong();
            }
            repo.putPolicy(tx, b, text);
            changed(tx);
            return null;
        });
    }

    void removePermission(RequestContext ctx, RemovePermissionRequest in) {
        store.write(tx -> {
            Bus b = EventsService.existing(repo, tx, ctx, EventsService.busName(in.eventBusName()));
            String current = repo.policy(tx, b);
            if (Boolean.TRUE.equals(in.removeAllPermissions())) {
                // An error on a bus without a policy, as AWS answers (the text is moto's).
                if (current == null) {
                    throw new AwsException("ResourceNotFoundException", "EventBus does not have a policy.");
                }
                repo.deletePolicy(tx, b);
                changed(tx);
                return null;
            }
            if (in.statementId() == null) {
                throw new AwsException("ValidationException", "Parameter StatementId must be specified.");
            }
            // AWS answers so whether or not the bus has a policy at all.
            if (current == null || !PolicyDocument.stored(current).has(in.statementId())) {
                throw new AwsException("ResourceNotFoundException", "Statement with the provided id does not exist.");
            }
            PolicyDocument rest = PolicyDocument.stored(current).without(in.statementId());
            if (rest.isEmpty()) {
                repo.deletePolicy(tx, b);
            } else {
                repo.putPolicy(tx, b, rest.toJson());
            }
            changed(tx);
            return null;
        });
    }

    /**
     * A whole policy given to PutPermission: a document in IAM's grammar, kept as it is; its size
     * is checked first, as AWS does.
     */
    private static PolicyDocument policyDocument(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_POLICY_BYTES) {
            throw policyTooLong();
        }
        try {
            return PolicyDocument.parse(text);
        } catch (PolicyDocument.Malformed e) {
            throw new AwsException("ValidationException", e.syntax() ? "This policy contains invalid Json" : e.getMessage());
        }
    }

    private static AwsException policyTooLong() {
        return new AwsException("PolicyLengthExceededException", "The event bus policy is too long.");
    }

    /** PutPermission's statement as AWS writes it: an account as its root, Condition as {Type: {Key: Value}}. */
    private static PolicyDocument.Statement statement(PutPermissionRequest in, Bus b) {
        PolicyDocument.Principal principal = in.principal().equals("*") ? PolicyDocument.Principal.ANYONE
                : PolicyDocument.Principal.of("AWS", Arn.accountRoot(b.region(), in.principal()).toString());
        Condition c = in.condition();
        return PolicyDocument.Statement.allow(in.statementId(), principal, List.of(in.action()), b.arn(),
                c == null ? null : java.util.Map.of(c.type(), java.util.Map.of(c.key(), c.value())));
    }
}
