package dev.stratus.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.PolicyDocument.Malformed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IAM's checks of an identity-based policy, in the order IAM makes them; IAM names only the first stage that fails:
 * <ol>
 * <li>the grammar: fields, their types, one of Action/NotAction and of Resource/NotResource, a known Effect and
 * condition operators ("Syntax errors in policy.");</li>
 * <li>Version 2012-10-17 ("Policy document must be version 2012-10-17 or greater.");</li>
 * <li>the legacy parser: Effect spelt exactly, date values, the colons of resource ARNs ("The policy failed legacy
 * parsing");</li>
 * <li>unique statement IDs, actions present, no principal, resources present;</li>
 * <li>the form of each resource ARN, then of each action's vendor, then alphanumeric statement IDs.</li>
 * </ol>
 */
final class IdentityPolicyGrammar {
    private static final Set<String> DOCUMENT_FIELDS = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_FIELDS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction",
            "Resource", "NotResource", "Condition");
    private static final Set<String> OPERATORS = Set.of("StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals", "NumericNotEquals", "NumericLessThan",
            "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals", "DateNotEquals", "DateLessThan",
            "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals", "Bool", "BinaryEquals", "IpAddress", "NotIpAddress",
            "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null");
    private static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f",
            "aws-eusc");
    private static final List<String> IAM_RESOURCE_TYPES = List.of("user/", "federated-user/", "role/", "group/", "instance-profile/",
            "mfa/", "server-certificate/", "policy/", "sms-mfa/", "saml-provider/", "oidc-provider/", "report/", "access-report/");
    private static final Pattern VENDOR = Pattern.compile("[a-zA-Z0-9.-]*");
    private static final Pattern SID = Pattern.compile("[0-9A-Za-z]*");

    private IdentityPolicyGrammar() {}

    static void check(ObjectNode document) throws Malformed {
        List<ObjectNode> statements = grammar(document);
        if (!"2012-10-17".equals(document.path("Version").asText(null))) {
            throw new Malformed("Policy document must be version 2012-10-17 or greater.");
        }
        String resourceError = legacy(statements);
        uniqueSids(statements);
        for (ObjectNode s : statements) {
            if (values(s, "Action", "NotAction").isEmpty()) {
                throw new Malformed("Policy statement must contain actions.");
            }
        }
        for (ObjectNode s : statements) {
            if (s.has("Principal") || s.has("NotPrincipal")) {
                throw new Malformed("Policy document should not specify a principal.");
            }
        }
        for (ObjectNode s : statements) {
            if (values(s, "Resource", "NotResource").isEmpty()) {
                throw new Malformed("Policy statement must contain resources.");
            }
        }
        if (resourceError != null) {
            throw new Malformed(resourceError);
        }
        for (ObjectNode s : statements) {
            for (String action : values(s, "Action", "NotAction")) {
                checkAction(action);
            }
        }
        for (ObjectNode s : statements) {
            if (s.has("Sid") && !SID.matcher(s.get("Sid").asText()).matches()) {
                throw new Malformed("Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*");
            }
        }
    }

    // 1. The grammar: anything off it is a syntax error.

    private static List<ObjectNode> grammar(ObjectNode document) throws Malformed {
        for (String field : fieldNames(document)) {
            require(DOCUMENT_FIELDS.contains(field));
        }
        JsonNode version = document.get("Version");
        require(version == null || version.isTextual() && (version.asText().equals("2012-10-17") || version.asText().equals("2008-10-17")));
        require(!document.has("Id") || document.get("Id").isTextual());
        JsonNode statement = document.get("Statement");
        require(statement != null && (statement.isObject() || statement.isArray() && !statement.isEmpty()));
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode s : statement.isArray() ? statement : List.of(statement)) {
            require(s instanceof ObjectNode);
            ObjectNode one = (ObjectNode) s;
            statementGrammar(one);
            out.add(one);
        }
        return out;
    }

    private static void statementGrammar(ObjectNode s) throws Malformed {
        for (String field : fieldNames(s)) {
            require(STATEMENT_FIELDS.contains(field));
        }
        require(!(s.has("Action") && s.has("NotAction")) && !(s.has("Resource") && s.has("NotResource"))
                && !(s.has("Principal") && s.has("NotPrincipal")));
        require(!s.has("Sid") || s.get("Sid").isTextual());
        JsonNode effect = s.get("Effect");
        require(effect != null && effect.isTextual()
                && (effect.asText().equalsIgnoreCase("Allow") || effect.asText().equalsIgnoreCase("Deny")));
        for (String field : List.of("Action", "NotAction", "Resource", "NotResource")) {
            JsonNode v = s.get(field);
            require(v == null || v.isTextual() || v.isArray() && v.valueStream().allMatch(JsonNode::isTextual));
        }
        JsonNode condition = s.get("Condition");
        if (condition != null) {
            require(condition.isObject());
            for (Map.Entry<String, JsonNode> block : condition.properties()) {
                require(block.getValue().isObject());
                require(block.getValue().isEmpty() || knownOperator(block.getKey()));
                for (Map.Entry<String, JsonNode> key : block.getValue().properties()) {
                    JsonNode v = key.getValue();
                    require(scalar(v) || v.isArray() && v.valueStream().allMatch(IdentityPolicyGrammar::scalar));
                }
            }
        }
    }

    /** {@code Operator}, {@code OperatorIfExists}, each after {@code ForAnyValue:} or {@code ForAllValues:}; no {@code NullIfExists}. */
    private static boolean knownOperator(String name) {
        String base = name;
        if (base.startsWith("ForAnyValue:")) {
            base = base.substring("ForAnyValue:".length());
        } else if (base.startsWith("ForAllValues:")) {
            base = base.substring("ForAllValues:".length());
        }
        if (base.endsWith("IfExists") && !base.equals("NullIfExists")) {
            base = base.substring(0, base.length() - "IfExists".length());
        }
        return OPERATORS.contains(base);
    }

    private static boolean scalar(JsonNode v) {
        return v.isValueNode() && !v.isNull();
    }

    // 3. The legacy parser; it also finds the first resource in a form IAM refuses, named later.

    private static String legacy(List<ObjectNode> statements) throws Malformed {
        for (ObjectNode s : statements) {
            String effect = s.get("Effect").asText();
            if (!effect.equals("Allow") && !effect.equals("Deny")) {
                throw new Malformed("The policy failed legacy parsing");
            }
            JsonNode condition = s.get("Condition");
            if (condition == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> block : condition.properties()) {
                if (!block.getKey().replaceFirst("^ForA(ny|ll)Values?:", "").startsWith("Date")) {
                    continue;
                }
                for (JsonNode v : block.getValue()) {
                    for (JsonNode date : v.isArray() ? v : List.of(v)) {
                        if (PolicyDates.parse(date.asText()) == null) {
                            throw new Malformed("The policy failed legacy parsing");
                        }
                    }
                }
            }
        }
        String firstError = null;
        for (ObjectNode s : statements) {
            for (String resource : values(s, "Resource", "NotResource")) {
                String error = resourceError(resource);
                if (error == null && legacyRefuses(resource)) {
                    throw new Malformed("The policy failed legacy parsing");
                }
                if (firstError == null) {
                    firstError = error;
                }
            }
        }
        return firstError;
    }

    /** The legacy parser reads an ARN of six parts, or one without an empty part among its first ones. */
    private static boolean legacyRefuses(String resource) {
        if (resource.equals("*")) {
            return false;
        }
        long colons = resource.chars().filter(c -> c == ':').count();
        String[] parts = resource.split(":", -1);
        return colons < 5 && resource.contains("::") || parts.length > 2 && parts[2].isEmpty();
    }

    /** What IAM says of a resource not in a form it accepts, or null when it accepts it. */
    private static String resourceError(String resource) {
        if (resource.equals("*")) {
            return null;
        }
        String[] parts = resource.split(":", -1);
        if (parts.length < 2) {
            return "Resource " + resource + " must be in ARN format or \"*\".";
        }
        if (!PARTITIONS.contains(parts[1])) {
            return "Partition \"" + parts[1] + "\" is not valid for resource \"arn:" + parts[1] + ":" + String.join(":", shownParts(parts)) + "\".";
        }
        if (parts.length < 3) {
            return "Resource vendor must be fully qualified and cannot contain regexes.";
        }
        String service = parts[2];
        boolean region = parts.length < 4 || !parts[3].isEmpty();
        if (service.equals("iam") && region) {
            return "IAM resource " + resource + " cannot contain region information.";
        }
        if (service.equals("s3") && region) {
            return "Resource " + resource + " can not contain region information.";
        }
        if (service.equals("iam")) {
            String path = parts.length > 5 ? String.join(":", List.of(parts).subList(5, parts.length)) : "";
            if (!path.equals("*") && IAM_RESOURCE_TYPES.stream().noneMatch(path::startsWith)) {
                return "IAM resource path must either be \"*\" or start with " + String.join(", ", IAM_RESOURCE_TYPES) + ".";
            }
        }
        return null;
    }

    /** Service, region, account and resource of an ARN with a bad partition, as IAM shows them: {@code *} for those missing. */
    private static List<String> shownParts(String[] parts) {
        List<String> rest = List.of(parts).subList(2, parts.length);
        String service = !rest.isEmpty() && (!rest.get(0).isEmpty() || rest.size() > 1) ? rest.get(0) : "*";
        String region = rest.size() > 1 ? rest.get(1) : "*";
        String account = rest.size() > 2 ? rest.get(2) : "*";
        String resource = rest.size() > 3 ? String.join(":", rest.subList(3, rest.size())) : "*";
        return List.of(service, region, account, resource);
    }

    // 4 and 5.

    private static void uniqueSids(List<ObjectNode> statements) throws Malformed {
        Set<String> sids = new HashSet<>();
        for (ObjectNode s : statements) {
            String sid = s.path("Sid").asText("");
            if (!sid.isEmpty() && !sids.add(sid)) {
                throw new Malformed("Statement IDs (SID) in a single policy must be unique.");
            }
        }
    }

    private static void checkAction(String action) throws Malformed {
        if (action.equals("*")) {
            return;
        }
        String[] parts = action.split(":", -1);
        if (parts.length == 1) {
            throw new Malformed("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
        }
        if (parts.length > 2) {
            throw new Malformed("Actions/Condition can contain only one colon.");
        }
        if (!parts[0].equals("*") && !VENDOR.matcher(parts[0]).matches()) {
            throw new Malformed("Vendor " + parts[0] + " is not valid");
        }
    }

    /** The strings of whichever of the two fields the statement has (the grammar made them strings). */
    private static List<String> values(ObjectNode s, String field, String notField) {
        JsonNode v = s.has(field) ? s.get(field) : s.get(notField);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (JsonNode e : v.isArray() ? v : List.of(v)) {
                out.add(e.asText());
            }
        }
        return out;
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void require(boolean grammatical) throws Malformed {
        if (!grammatical) {
            throw new Malformed("Syntax errors in policy.", true);
        }
    }
}
