package dev.stratus.platform.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.protocol.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A policy document made ready for evaluation: actions and resources as wildcard matchers, principals as sets,
 * condition operators resolved and their values parsed. Compiling happens once per document text; every request
 * then only matches. A document that is no policy (it was stored before it could be checked, or is no JSON)
 * compiles to one without statements, which allows nothing; a statement IAM could not read applies to nothing.
 */
public final class CompiledPolicy {
    /** Policies are few and change rarely; the cache is cleared whole should text after text ever fill it. */
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, CompiledPolicy> CACHE = new ConcurrentHashMap<>();
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:[^:]+:iam::(\\d{12}):root");

    final Statement[] statements;

    private CompiledPolicy(Statement[] statements) {
        this.statements = statements;
    }

    /** The policy this document text says, compiled once and kept: the way to evaluate stored policies. */
    public static CompiledPolicy of(String documentText) {
        CompiledPolicy p = CACHE.get(documentText);
        if (p == null) {
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            p = compile(documentText);
            CACHE.put(documentText, p);
        }
        return p;
    }

    /** The policy a parsed document says (it is written out to find it in the cache). */
    public static CompiledPolicy of(PolicyDocument document) {
        return of(document.toJson());
    }

    /** How many statements the policy has. */
    public int size() {
        return statements.length;
    }

    private static CompiledPolicy compile(String text) {
        PolicyDocument document;
        try {
            document = PolicyDocument.stored(text);
        } catch (RuntimeException e) {
            return new CompiledPolicy(new Statement[0]);
        }
        boolean variables = "2012-10-17".equals(document.version());
        List<ObjectNode> raw;
        try {
            raw = document.statements();
        } catch (ClassCastException e) {
            return new CompiledPolicy(new Statement[0]);
        }
        Statement[] out = new Statement[raw.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Statement.compile(i, raw.get(i), variables);
        }
        return new CompiledPolicy(out);
    }

    /** How far a resource policy's statement grants to a principal, which decides what else must allow (IAM's table). */
    enum Grant {
        /** The statement does not name the principal. */
        NONE,
        /** It names the principal's account, delegating to the account's identity-based policies. */
        ACCOUNT,
        /** It names the role of a role session: the session's boundary and session policies still limit it. */
        ROLE,
        /** It names the user or the session itself, or everyone: nothing else need allow. */
        DIRECT
    }

    /** One statement, compiled; {@code readable} false when IAM could not read it, and it then applies to nothing. */
    static final class Statement {
        final int index;
        final String sid;
        final boolean allow;
        final boolean readable;
        final Principals principals;
        final boolean notPrincipal;
        final Wildcard[] actions;
        final boolean notAction;
        /** Null when the statement names no resource (a trust policy): the statement is about its own resource. */
        final Template[] resources;
        final boolean notResource;
        final Condition[] conditions;
        /** Keys (lower case → as written) of the policy variables the statement uses without a default. */
        final Map<String, String> variables;

        private Statement(int index, String sid, boolean allow, boolean readable, Principals principals, boolean notPrincipal,
                          Wildcard[] actions, boolean notAction, Template[] resources, boolean notResource, Condition[] conditions) {
            this.index = index;
            this.sid = sid;
            this.allow = allow;
            this.readable = readable;
            this.principals = principals;
            this.notPrincipal = notPrincipal;
            this.actions = actions;
            this.notAction = notAction;
            this.resources = resources;
            this.notResource = notResource;
            this.conditions = conditions;
            this.variables = new LinkedHashMap<>();
            if (resources != null) {
                for (Template t : resources) {
                    t.variableKeys().forEach(k -> variables.put(k.toLowerCase(Locale.ROOT), k));
                }
            }
            for (Condition c : conditions) {
                c.variableKeys().forEach(k -> variables.put(k.toLowerCase(Locale.ROOT), k));
            }
        }

        static Statement compile(int index, ObjectNode s, boolean variables) {
            String sid = s.path("Sid").isTextual() ? s.get("Sid").asText() : null;
            String effect = s.path("Effect").asText("");
            List<String> actions = strings(s.has("Action") ? s.get("Action") : s.get("NotAction"));
            JsonNode resourceNode = s.has("Resource") ? s.get("Resource") : s.get("NotResource");
            List<String> resources = resourceNode == null ? null : strings(resourceNode);
            JsonNode principalNode = s.has("Principal") ? s.get("Principal") : s.get("NotPrincipal");
            Principals principals = principalNode == null ? null : Principals.parse(principalNode);
            List<Condition> conditions = conditions(s.get("Condition"), variables);
            boolean readable = (effect.equals("Allow") || effect.equals("Deny")) && actions != null
                    && (resourceNode == null || resources != null) && (principalNode == null || principals != null) && conditions != null;
            if (!readable) {
                return new Statement(index, sid, false, false, null, false, new Wildcard[0], false, null, false, new Condition[0]);
            }
            return new Statement(index, sid, effect.equals("Allow"), true, principals, s.has("NotPrincipal"),
                    actions.stream().map(a -> Wildcard.of(a.toLowerCase(Locale.ROOT))).toArray(Wildcard[]::new), s.has("NotAction"),
                    resources == null ? null : resources.stream().map(r -> Template.parse(r, variables)).toArray(Template[]::new),
                    s.has("NotResource"), conditions.toArray(Condition[]::new));
        }

        /** Whether the statement is about this action (and IAM could read it). */
        boolean actionMatches(EvaluationRequest request) {
            if (!readable) {
                return false;
            }
            String actionLower = request.actionLower();
            boolean any = false;
            for (Wildcard a : actions) {
                if (a.matches(actionLower)) {
                    any = true;
                    break;
                }
            }
            return any != notAction;
        }

        boolean resourceMatches(EvaluationRequest request) {
            if (resources == null) {
                return true;
            }
            boolean any = false;
            for (Template t : resources) {
                Wildcard w = t.pattern(request);
                if (w != null && w.matches(request.resource())) {
                    any = true;
                    break;
                }
            }
            return any != notResource;
        }

        /** Whether every policy variable the statement uses has a value; IAM ignores a statement where one has none. */
        boolean variablesResolve(EvaluationRequest request) {
            for (String key : variables.keySet()) {
                List<String> v = request.values(key);
                if (v == null || v.size() != 1) {
                    return false;
                }
            }
            return true;
        }

        boolean conditionsHold(EvaluationRequest request) {
            for (Condition c : conditions) {
                if (!c.holds(request)) {
                    return false;
                }
            }
            return true;
        }

        /** How far this statement of a resource policy grants to the request's principal. */
        Grant grant(EvaluationRequest request) {
            if (principals == null) {
                return Grant.NONE;
            }
            if (notPrincipal) {
                return principals.excludes(request.principal(), request.roleArn()) ? Grant.NONE : Grant.DIRECT;
            }
            return principals.grant(request.principal(), request.roleArn());
        }

        private static List<Condition> conditions(JsonNode node, boolean variables) {
            List<Condition> out = new ArrayList<>();
            if (node == null) {
                return out;
            }
            if (!node.isObject()) {
                return null;
            }
            for (Map.Entry<String, JsonNode> block : node.properties()) {
                Condition.Name name = Condition.Name.parse(block.getKey());
                if (name == null || !block.getValue().isObject()) {
                    return null;
                }
                for (Map.Entry<String, JsonNode> key : block.getValue().properties()) {
                    List<String> values = scalars(key.getValue());
                    if (values == null) {
                        return null;
                    }
                    out.add(new Condition(name, key.getKey(), values, variables));
                }
            }
            return out;
        }

        /** A string or a list of strings, or null for anything else. */
        private static List<String> strings(JsonNode node) {
            if (node == null) {
                return null;
            }
            if (node.isTextual()) {
                return List.of(node.asText());
            }
            if (!node.isArray()) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (JsonNode e : node) {
                if (!e.isTextual()) {
                    return null;
                }
                out.add(e.asText());
            }
            return out;
        }

        /** A condition's values: strings, numbers or booleans, alone or in a list, as their text. */
        private static List<String> scalars(JsonNode node) {
            List<String> out = new ArrayList<>();
            for (JsonNode e : node.isArray() ? node : List.of(node)) {
                if (!e.isValueNode() || e.isNull()) {
                    return null;
                }
                out.add(e.asText());
            }
            return out;
        }
    }

    /** The principals a statement names (or, under NotPrincipal, leaves out). */
    static final class Principals {
        private boolean anyone;
        private final Set<String> accounts = new HashSet<>();
        private final Set<String> arns = new HashSet<>();
        private final Set<String> services = new HashSet<>();

        static Principals parse(JsonNode node) {
            Principals p = new Principals();
            if (node.isTextual()) {
                if (!node.asText().equals("*")) {
                    return null;
                }
                p.anyone = true;
                return p;
            }
            if (!node.isObject()) {
                return null;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                List<String> ids = Statement.strings(e.getValue());
                if (ids == null) {
                    return null;
                }
                for (String id : ids) {
                    p.add(e.getKey(), id);
                }
            }
            return p;
        }

        private void add(String type, String id) {
            if (id.equals("*") && (type.equals("AWS") || type.equals("Service"))) {
                anyone = true;
            } else if (type.equals("AWS")) {
                var root = ACCOUNT_ROOT.matcher(id);
                if (ACCOUNT_ID.matcher(id).matches()) {
                    accounts.add(id);
                } else if (root.matches()) {
                    accounts.add(root.group(1));
                } else {
                    arns.add(id);
                }
            } else if (type.equals("Service")) {
                services.add(id.toLowerCase(Locale.ROOT));
            }
            // Federated and CanonicalUser principals name identities this emulator has none of.
        }

        Grant grant(Principal principal, String roleArn) {
            if (anyone) {
                return Grant.DIRECT;
            }
            if (principal.type() == Principal.Type.SERVICE) {
                return services.contains(principal.id().toLowerCase(Locale.ROOT)) ? Grant.DIRECT : Grant.NONE;
            }
            if (arns.contains(principal.id())) {
                return Grant.DIRECT;
            }
            if (roleArn != null && arns.contains(roleArn)) {
                return Grant.ROLE;
            }
            if (principal.account() != null && accounts.contains(principal.account())) {
                return principal.type() == Principal.Type.ROOT ? Grant.DIRECT : Grant.ACCOUNT;
            }
            return Grant.NONE;
        }

        /**
         * Whether NotPrincipal leaves this principal out. IAM checks a principal's account, then its role, then the
         * session itself: each must be listed, else the statement applies at that level.
         */
        boolean excludes(Principal principal, String roleArn) {
            if (anyone) {
                return true;
            }
            return switch (principal.type()) {
                case SERVICE -> services.contains(principal.id().toLowerCase(Locale.ROOT));
                case ROOT -> accounts.contains(principal.account());
                case USER -> accounts.contains(principal.account()) && arns.contains(principal.id());
                case ASSUMED_ROLE -> accounts.contains(principal.account()) && roleArn != null && arns.contains(roleArn)
                        && arns.contains(principal.id());
            };
        }
    }
}
