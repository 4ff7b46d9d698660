package dev.stratus.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.iam.IamRepository.StoredGroup;
import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.IamRepository.StoredUser;
import dev.stratus.iam.PolicyRepository.InlinePolicy;
import dev.stratus.iam.PolicyRepository.StoredPolicy;
import dev.stratus.iam.api.*;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.identity.CompiledPolicy;
import dev.stratus.platform.identity.EvaluationRequest;
import dev.stratus.platform.identity.EvaluationResult.MatchedStatement;
import dev.stratus.platform.identity.EvaluationResult.Reason;
import dev.stratus.platform.identity.PolicyEvaluator;
import dev.stratus.platform.identity.PolicySet;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM's policy simulator: SimulatePrincipalPolicy (a user's, group's or role's own policies, with
 * more given) and SimulateCustomPolicy (policies given), each action on each resource decided by
 * the platform's {@link PolicyEvaluator} as a request would be, with the statements that matched
 * (named by their policy, as IAM names them), the context keys the policies asked for and the
 * request lacked, and whether the permissions boundary allowed; and the context keys policies
 * refer to (GetContextKeysFor*Policy).
 */
final class PolicySimulator {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private final IamState iam;

    PolicySimulator(IamState iam) {
        this.iam = iam;
    }

    /** A policy that takes part, with the id and type IAM gives it in MatchedStatements. */
    private record Source(String id, String type, String document) {
    }

    /** The policies of a principal: its own (and a user's groups'), and its boundary. */
    private record Sources(List<Source> identity, Source boundary, Principal caller, Map<String, List<String>> context) {
    }

    SimulatePolicyResponse simulatePrincipalPolicy(RequestContext ctx, SimulatePrincipalPolicyRequest in) {
        Sources principal = iam.read(tx -> sourcesOf(tx, ctx, in.policySourceArn()));
        List<Source> identity = new ArrayList<>(principal.identity());
        identity.addAll(given("PolicyInputList", in.policyInputList()));
        List<Source> boundaries = given("PermissionsBoundaryPolicyInputList", in.permissionsBoundaryPolicyInputList());
        Source boundary = boundaries.isEmpty() ? principal.boundary() : boundaries.getFirst();
        Principal caller = in.callerArn() == null ? principal.caller() : callerOf(ctx, in.callerArn());
        Map<String, List<String>> context = new LinkedHashMap<>(principal.context());
        return simulate(ctx, caller, identity, boundary, in.actionNames(), in.resourceArns(), in.resourcePolicy(), in.resourceOwner(),
                in.contextEntries(), context, in.marker(), in.maxItems(), "SimulatePrincipalPolicy", in.policySourceArn());
    }

    SimulatePolicyResponse simulateCustomPolicy(RequestContext ctx, SimulateCustomPolicyRequest in) {
        List<Source> boundaries = given("PermissionsBoundaryPolicyInputList", in.permissionsBoundaryPolicyInputList());
        Principal caller = callerOf(ctx, in.callerArn() != null ? in.callerArn() : IamState.arn(ctx, "user", "/", "simulated-caller"));
        return simulate(ctx, caller, given("PolicyInputList", in.policyInputList()), boundaries.isEmpty() ? null : boundaries.getFirst(),
                in.actionNames(), in.resourceArns(), in.resourcePolicy(), in.resourceOwner(), in.contextEntries(), new LinkedHashMap<>(),
                in.marker(), in.maxItems(), "SimulateCustomPolicy", "");
    }

    GetContextKeysForPolicyResponse getContextKeysForCustomPolicy(RequestContext ctx, GetContextKeysForCustomPolicyRequest in) {
        return new GetContextKeysForPolicyResponse(contextKeys(given("PolicyInputList", in.policyInputList())));
    }

    GetContextKeysForPolicyResponse getContextKeysForPrincipalPolicy(RequestContext ctx, GetContextKeysForPrincipalPolicyRequest in) {
        List<Source> sources = new ArrayList<>(iam.read(tx -> sourcesOf(tx, ctx, in.policySourceArn())).identity());
        sources.addAll(given("PolicyInputList", in.policyInputList()));
        return new GetContextKeysForPolicyResponse(contextKeys(sources));
    }

    private SimulatePolicyResponse simulate(RequestContext ctx, Principal caller, List<Source> identity, Source boundary, List<String> actions,
                                            List<String> resourceArns, String resourcePolicy, String resourceOwner, List<ContextEntry> entries,
                                            Map<String, List<String>> context, String marker, Integer maxItems, Object... scope) {
        if (resourcePolicy != null) {
            try {
                PolicyDocument.parse(resourcePolicy);
            } catch (PolicyDocument.Malformed e) {
                throw IamRules.invalidInput("ResourcePolicy: " + e.getMessage());
            }
        }
        if (entries != null) {
            for (ContextEntry e : entries) {
                context.put(e.contextKeyName(), e.contextKeyValues() == null ? List.of() : e.contextKeyValues());
            }
        }
        PolicySet policies = PolicySet.identityOnly(identity.stream().map(s -> CompiledPolicy.of(s.document())).toList());
        if (boundary != null) {
            policies = policies.withBoundary(CompiledPolicy.of(boundary.document()));
        }
        if (resourcePolicy != null) {
            policies = policies.withResource(CompiledPolicy.of(resourcePolicy), ownerAccount(resourceOwner, caller));
        }
        List<String> resources = resourceArns == null || resourceArns.isEmpty() ? List.of("*") : resourceArns;
        List<EvaluationResult> results = new ArrayList<>();
        for (String action : actions) {
            for (String resource : resources) {
                var r = PolicyEvaluator.evaluate(new EvaluationRequest(caller, action, resource, context), policies);
                List<Statement> matched = r.matchedStatements().stream().map(m -> statement(m, identity, boundary)).toList();
                PermissionsBoundaryDecisionDetail boundaryDetail = boundary == null ? null : new PermissionsBoundaryDecisionDetail(
                        r.reason() != Reason.NO_PERMISSIONS_BOUNDARY_ALLOWS && r.reason() != Reason.EXPLICIT_DENY_PERMISSIONS_BOUNDARY);
                String decision = decision(r);
                List<ResourceSpecificResult> specific = resource.equals("*") ? null : List.of(new ResourceSpecificResult(resource, decision,
                        matched, r.missingContextKeys(), null, boundaryDetail));
                results.add(new EvaluationResult(action, resource, decision, matched, r.missingContextKeys(), null, boundaryDetail, null, specific));
            }
        }
        Paging.Page<EvaluationResult> page = Paging.Listing.of(IamRules::invalidMarker, scope).page(results, marker,
                maxItems == null ? IamRules.DEFAULT_MAX_ITEMS : maxItems);
        return new SimulatePolicyResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    private static String decision(dev.stratus.platform.identity.EvaluationResult r) {
        return r.allowed() ? "allowed" : r.reason().explicit() ? "explicitDeny" : "implicitDeny";
    }

    private static Statement statement(MatchedStatement m, List<Source> identity, Source boundary) {
        Source s = switch (m.kind()) {
            case IDENTITY -> identity.get(m.policy());
            case PERMISSIONS_BOUNDARY -> boundary;
            default -> new Source("ResourcePolicy", "resource", null);
        };
        return new Statement(s.id(), s.type(), null, null);
    }

    /**
     * Policies given as text, each checked as IAM checks an identity policy (a malformed one is the
     * simulator's InvalidInput), named as IAM names them ({@code PolicyInputList.1} …).
     */
    private static List<Source> given(String list, List<String> documents) {
        List<Source> out = new ArrayList<>();
        if (documents != null) {
            for (int i = 0; i < documents.size(); i++) {
                try {
                    PolicyDocument.parseIdentity(documents.get(i));
                } catch (PolicyDocument.Malformed e) {
                    throw IamRules.invalidInput(list + "." + (i + 1) + ": " + e.getMessage());
                }
                out.add(new Source(list + "." + (i + 1), "none", documents.get(i)));
            }
        }
        return out;
    }

    /** The policies of the user, group or role an ARN names, and who calls as it. */
    private Sources sourcesOf(Tx tx, RequestContext ctx, String arn) throws SQLException {
        Arn a = Arn.parse(arn).filter(p -> p.service().equals("iam")).orElseThrow(() -> IamRules.invalidInput("Invalid ARN: " + arn));
        String resource = a.resource();
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        if (resource.startsWith("user/")) {
            StoredUser u = iam.user(tx, ctx, name);
            List<Source> sources = sourcesOf(tx, ctx, "user", u.userId());
            for (StoredGroup g : iam.repo.groupsOf(tx, u.userId())) {
                sources.addAll(sourcesOf(tx, ctx, "group", g.groupId()));
            }
            return new Sources(sources, boundary(tx, ctx, u.permissionsBoundary()), new Principal(Principal.Type.USER, u.arn(), u.account()), Map.of());
        }
        if (resource.startsWith("role/")) {
            StoredRole r = iam.role(tx, ctx, name);
            Principal session = new Principal(Principal.Type.ASSUMED_ROLE, "arn:" + a.partition() + ":sts::" + r.account() + ":assumed-role/"
                    + r.name() + "/simulation", r.account());
            return new Sources(sourcesOf(tx, ctx, "role", r.roleId()), boundary(tx, ctx, r.permissionsBoundary()), session,
                    Map.of("aws:PrincipalArn", List.of(r.arn())));
        }
        if (resource.startsWith("group/")) {
            StoredGroup g = iam.group(tx, ctx, name);
            return new Sources(sourcesOf(tx, ctx, "group", g.groupId()), null, new Principal(Principal.Type.USER, g.arn(), g.account()), Map.of());
        }
        throw IamRules.invalidInput("Invalid ARN: " + arn + ": it names no user, group or role.");
    }

    private List<Source> sourcesOf(Tx tx, RequestContext ctx, String kind, String holderId) throws SQLException {
        List<Source> out = new ArrayList<>();
        for (InlinePolicy p : iam.policies.inlines(tx, holderId)) {
            out.add(new Source(p.name(), kind, p.document()));
        }
        for (String arn : iam.policies.attached(tx, holderId)) {
            StoredPolicy p = iam.findPolicy(tx, ctx, arn);
            String document = p == null ? null : iam.defaultDocument(tx, p);
            if (document != null) {
                out.add(new Source(p.name(), IamState.isAws(p) ? "aws-managed" : "user-managed", document));
            }
        }
        return out;
    }

    private Source boundary(Tx tx, RequestContext ctx, String arn) throws SQLException {
        StoredPolicy p = arn == null ? null : iam.findPolicy(tx, ctx, arn);
        String document = p == null ? null : iam.defaultDocument(tx, p);
        return document == null ? null : new Source(p.name(), IamState.isAws(p) ? "aws-managed" : "user-managed", document);
    }

    /** Who calls: a user the CallerArn names (IAM takes users only). */
    private static Principal callerOf(RequestContext ctx, String callerArn) {
        boolean user = Arn.parse(callerArn).filter(a -> a.service().equals("iam") && a.resource().startsWith("user/")).isPresent();
        if (!user) {
            throw IamRules.invalidInput("Invalid CallerArn " + callerArn + ": it must be the ARN of an IAM user.");
        }
        return new Principal(Principal.Type.USER, callerArn, Arn.parse(callerArn).orElseThrow().account());
    }

    /** The account that owns the resource: ResourceOwner's (an account root ARN or an account id), else the caller's. */
    private static String ownerAccount(String resourceOwner, Principal caller) {
        if (resourceOwner == null) {
            return caller.account();
        }
        return Arn.parse(resourceOwner).map(Arn::account).orElse(resourceOwner);
    }

    /** The condition keys and policy variables the policies refer to, each once, in the order first met. */
    private static List<String> contextKeys(List<Source> sources) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Source s : sources) {
            for (ObjectNode statement : PolicyDocument.stored(s.document()).statements()) {
                statement.path("Condition").forEach(operator -> operator.fieldNames().forEachRemaining(k -> keys.putIfAbsent(lower(k), k)));
                for (String field : List.of("Resource", "NotResource")) {
                    JsonNode value = statement.get(field);
                    if (value != null) {
                        for (JsonNode r : value.isArray() ? value : List.of(value)) {
                            Matcher m = VARIABLE.matcher(r.asText());
                            while (m.find()) {
                                keys.putIfAbsent(lower(m.group(1)), m.group(1));
                            }
                        }
                    }
                }
            }
        }
        return new ArrayList<>(keys.values());
    }

    private static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
