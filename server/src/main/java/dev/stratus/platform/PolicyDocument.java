package dev.stratus.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resource policy in IAM's policy language: the queue, topic, function and event bus policies,
 * and a role's trust policy. {@link #parse} (a resource policy) and {@link #parseTrust} (a trust
 * policy, which names no resource) check a document a client gives against IAM's grammar and
 * refuse it with {@link Malformed}, which each service answers with its own error; a parsed
 * document keeps what it says as it was written (a lone statement or action stays as it is).
 * Documents the services build themselves are written as AWS writes them: a lone principal, action
 * or resource as a string, several as a list.
 */
public final class PolicyDocument {
    private static final Set<String> VERSIONS = Set.of("2008-10-17", "2012-10-17");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_FIELDS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction",
            "Resource", "NotResource", "Condition");
    private static final Set<String> PRINCIPAL_TYPES = Set.of("AWS", "Federated", "Service", "CanonicalUser");
    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

    private final ObjectNode document;

    private PolicyDocument(ObjectNode document) {
        this.document = document;
    }

    /** A policy without statements yet, with the Version and Id (none when null) the service writes. */
    public static PolicyDocument empty(String version, String id) {
        ObjectNode d = NODES.objectNode();
        d.put("Version", version);
        if (id != null) {
            d.put("Id", id);
        }
        d.putArray("Statement");
        return new PolicyDocument(d);
    }

    /** A resource policy a client gave, checked against IAM's grammar: each statement names principals and resources. */
    public static PolicyDocument parse(String text) throws Malformed {
        return parse(text, false);
    }

    /**
     * A role's trust policy a client gave, checked against IAM's grammar: each statement names the
     * principals that may assume the role, and no resource (the role is the resource).
     */
    public static PolicyDocument parseTrust(String text) throws Malformed {
        return parse(text, true);
    }

    /**
     * An identity-based policy a client gave (CreatePolicy, CreatePolicyVersion, Put{User,Group,Role}Policy, a
     * permissions boundary, a session policy), checked as IAM checks one: its stages in IAM's order, each refusal
     * in IAM's words (see {@link IdentityPolicyGrammar}).
     */
    public static PolicyDocument parseIdentity(String text) throws Malformed {
        ObjectNode document = read(text);
        IdentityPolicyGrammar.check(document);
        return new PolicyDocument(document);
    }

    private static PolicyDocument parse(String text, boolean trust) throws Malformed {
        ObjectNode document = read(text);
        check(document, trust);
        return new PolicyDocument(document);
    }

    /** The JSON object a document is, or {@link Malformed} when it is none. */
    private static ObjectNode read(String text) throws Malformed {
        JsonNode n;
        try {
            n = text == null ? null : Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
        } catch (IOException e) {
            n = null;
        }
        if (!(n instanceof ObjectNode document)) {
            throw new Malformed("Syntax errors in policy.", true);
        }
        return document;
    }

    /** A document this service stored: checked when it was given, or written by the service, so read as it is. */
    public static PolicyDocument stored(String text) {
        return new PolicyDocument((ObjectNode) Json.parse(text));
    }

    /** The statements, whether the document lists them or has just one. */
    public List<ObjectNode> statements() {
        JsonNode s = document.get("Statement");
        List<ObjectNode> out = new ArrayList<>();
        if (s instanceof ObjectNode one) {
            out.add(one);
        } else if (s != null) {
            s.forEach(e -> out.add((ObjectNode) e));
        }
        return out;
    }

    public boolean has(String sid) {
        return statements().stream().anyMatch(s -> sid.equals(s.path("Sid").asText(null)));
    }

    /** This policy with {@code statement} in place of the one with its Sid, else added after the others. */
    public PolicyDocument with(Statement statement) {
        ObjectNode d = document.deepCopy();
        List<ObjectNode> statements = new PolicyDocument(d).statements();
        ArrayNode list = d.putArray("Statement");
        boolean replaced = false;
        for (ObjectNode s : statements) {
            if (!replaced && statement.sid() != null && statement.sid().equals(s.path("Sid").asText(null))) {
                list.add(statement.toJson());
                replaced = true;
            } else {
                list.add(s);
            }
        }
        if (!replaced) {
            list.add(statement.toJson());
        }
        return new PolicyDocument(d);
    }

    /** This policy without the statements whose Sid is {@code sid}. */
    public PolicyDocument without(String sid) {
        ObjectNode d = document.deepCopy();
        List<ObjectNode> statements = new PolicyDocument(d).statements();
        ArrayNode list = d.putArray("Statement");
        statements.stream().filter(s -> !sid.equals(s.path("Sid").asText(null))).forEach(list::add);
        return new PolicyDocument(d);
    }

    /** The policy language's Version the document names, or null when it names none (IAM then reads it as 2008-10-17). */
    public String version() {
        JsonNode v = document.get("Version");
        return v != null && v.isTextual() ? v.asText() : null;
    }

    public boolean isEmpty() {
        return statements().isEmpty();
    }

    public String toJson() {
        return Json.string(document);
    }

    /**
     * A statement a service writes, in the order and form AWS writes them: Sid, Effect, Principal,
     * Action, Resource, Condition (operator → key → value), a lone principal, action or resource as a string.
     */
    public record Statement(String sid, String effect, Principal principal, List<String> actions, List<String> resources,
                            Map<String, Map<String, String>> condition) {

        public static Statement allow(String sid, Principal principal, List<String> actions, String resource,
                                      Map<String, Map<String, String>> condition) {
            return new Statement(sid, "Allow", principal, actions, List.of(resource), condition);
        }

        public ObjectNode toJson() {
            ObjectNode s = NODES.objectNode();
            if (sid != null) {
                s.put("Sid", sid);
            }
            s.put("Effect", effect);
            if (principal != null) {
                s.set("Principal", principal.toJson());
            }
            s.set("Action", oneOrMany(actions));
            s.set("Resource", oneOrMany(resources));
            if (condition != null && !condition.isEmpty()) {
                ObjectNode c = s.putObject("Condition");
                condition.forEach((operator, pairs) -> pairs.forEach(c.withObject(operator)::put));
            }
            return s;
        }
    }

    /** Who a statement is about: anyone ({@code "*"}), or ids of one type (AWS, Service …). */
    public record Principal(String type, List<String> ids) {
        public static final Principal ANYONE = new Principal(null, List.of());

        public static Principal of(String type, String... ids) {
            return new Principal(type, List.of(ids));
        }

        JsonNode toJson() {
            return type == null ? NODES.textNode("*") : NODES.objectNode().set(type, oneOrMany(ids));
        }
    }

    /** Why a document is not a policy, in IAM's words; {@link #syntax()} when it is no JSON object at all. */
    public static final class Malformed extends Exception {
        private final boolean syntax;

        Malformed(String message, boolean syntax) {
            super(message, null, false, false);
            this.syntax = syntax;
        }

        Malformed(String message) {
            this(message, false);
        }

        public boolean syntax() {
            return syntax;
        }
    }

    private static JsonNode oneOrMany(List<String> values) {
        if (values.size() == 1) {
            return NODES.textNode(values.get(0));
        }
        ArrayNode a = NODES.arrayNode();
        values.forEach(a::add);
        return a;
    }

    // IAM's grammar

    private static void check(ObjectNode document, boolean trust) throws Malformed {
        unknownFields(document, DOCUMENT_FIELDS);
        JsonNode version = document.get("Version");
        if (version != null && !(version.isTextual() && VERSIONS.contains(version.asText()))) {
            throw new Malformed("Invalid policy version " + version + ": it is 2012-10-17 or 2008-10-17.");
        }
        JsonNode id = document.get("Id");
        if (id != null && !id.isTextual()) {
            throw new Malformed("Id must be a string.");
        }
        JsonNode statement = document.get("Statement");
        if (statement == null) {
            throw new Malformed("Missing required field Statement");
        }
        if (!statement.isObject() && !statement.isArray()) {
            throw new Malformed("Statement must be an object or a list of objects.");
        }
        Set<String> sids = new HashSet<>();
        for (JsonNode s : statement.isArray() ? statement : List.of(statement)) {
            if (!(s instanceof ObjectNode one)) {
                throw new Malformed("Statement must be an object or a list of objects.");
            }
            checkStatement(one, trust);
            JsonNode sid = one.get("Sid");
            if (sid != null && !sids.add(sid.asText())) {
                throw new Malformed("Statement IDs (SID) in a single policy must be unique.");
            }
        }
    }

    private static void checkStatement(ObjectNode s, boolean trust) throws Malformed {
        unknownFields(s, STATEMENT_FIELDS);
        JsonNode sid = s.get("Sid");
        if (sid != null && !sid.isTextual()) {
            throw new Malformed("Sid must be a string.");
        }
        JsonNode effect = s.get("Effect");
        if (effect == null) {
            throw new Malformed("Missing required field Effect");
        }
        if (!effect.isTextual() || !effect.asText().equals("Allow") && !effect.asText().equals("Deny")) {
            throw new Malformed("Invalid effect: " + effect.asText());
        }
        checkPrincipal(oneOf(s, "Principal", "NotPrincipal", "Missing required field Principal"));
        for (JsonNode action : strings(oneOf(s, "Action", "NotAction", "Policy statement must contain actions."), "actions")) {
            String a = action.asText();
            if (!a.equals("*") && a.indexOf(':') < 1) {
                throw new Malformed("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
            }
        }
        if (trust) {
            for (String prohibited : List.of("Resource", "NotResource")) {
                if (s.has(prohibited)) {
                    throw new Malformed("Has prohibited field " + prohibited);
                }
            }
        } else {
            for (JsonNode resource : strings(oneOf(s, "Resource", "NotResource", "Policy statement must contain resources."), "resources")) {
                if (!resource.asText().equals("*") && !resource.asText().startsWith("arn:")) {
                    throw new Malformed("Resource " + resource.asText() + " must be in ARN format or \"*\".");
                }
            }
        }
        checkCondition(s.get("Condition"));
    }

    /** The value of {@code field} or of {@code notField}, exactly one of which a statement has. */
    private static JsonNode oneOf(ObjectNode s, String field, String notField, String missing) throws Malformed {
        JsonNode value = s.get(field);
        JsonNode not = s.get(notField);
        if (value != null && not != null) {
            throw new Malformed("A statement has " + field + " or " + notField + ", not both.");
        }
        if (value == null && not == null) {
            throw new Malformed(missing);
        }
        return value != null ? value : not;
    }

    private static void checkPrincipal(JsonNode principal) throws Malformed {
        if (principal.isTextual() && principal.asText().equals("*")) {
            return;
        }
        if (!principal.isObject() || principal.isEmpty()) {
            throw new Malformed("Invalid principal in policy");
        }
        for (Map.Entry<String, JsonNode> e : principal.properties()) {
            if (!PRINCIPAL_TYPES.contains(e.getKey())) {
                throw new Malformed("Invalid principal in policy");
            }
            strings(e.getValue(), "principals");
        }
    }

    private static void checkCondition(JsonNode condition) throws Malformed {
        if (condition == null) {
            return;
        }
        if (!condition.isObject()) {
            throw new Malformed("Condition must be an object of condition operators.");
        }
        for (Map.Entry<String, JsonNode> operator : condition.properties()) {
            if (!operator.getValue().isObject() || operator.getValue().isEmpty()) {
                throw new Malformed("Condition operator " + operator.getKey() + " must be an object of condition keys and values.");
            }
            for (Map.Entry<String, JsonNode> key : operator.getValue().properties()) {
                JsonNode v = key.getValue();
                boolean scalars = v.isValueNode() && !v.isNull()
                        || v.isArray() && !v.isEmpty() && v.valueStream().allMatch(e -> e.isValueNode() && !e.isNull());
                if (!scalars) {
                    throw new Malformed("Condition key " + key.getKey() + " must have a value or a list of values.");
                }
            }
        }
    }

    /** A string or a non-empty list of strings, as its elements. */
    private static List<JsonNode> strings(JsonNode value, String what) throws Malformed {
        List<JsonNode> out = new ArrayList<>();
        if (value.isTextual()) {
            out.add(value);
        } else if (value.isArray() && !value.isEmpty()) {
            for (JsonNode e : value) {
                if (!e.isTextual()) {
                    throw new Malformed("The " + what + " of a statement are strings.");
                }
                out.add(e);
            }
        } else {
            throw new Malformed("The " + what + " of a statement are a string or a list of strings.");
        }
        return out;
    }

    private static void unknownFields(ObjectNode node, Set<String> known) throws Malformed {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey())) {
                throw new Malformed("Unknown field " + field.getKey());
            }
        }
    }
}
