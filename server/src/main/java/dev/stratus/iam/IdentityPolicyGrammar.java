package dev.stratus.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.protocol.Json;
import java.util.List;

/**
 * IAM's grammar for identity-based policies: a resource policy's grammar ({@link PolicyDocument})
 * less the principal, which an identity policy must not name (it applies to whoever it is
 * attached to). Checked by giving each statement the principal {@code *} once no statement names
 * one, so that the platform's grammar decides everything else.
 */
final class IdentityPolicyGrammar {
    private IdentityPolicyGrammar() {
    }

    /** The policy, or {@code MalformedPolicyDocument} in IAM's words. */
    static PolicyDocument parse(String text) {
        try {
            PolicyDocument.parse(withAnyonePrincipal(text));
        } catch (PolicyDocument.Malformed e) {
            throw IamRules.malformed(e.getMessage());
        }
        return PolicyDocument.stored(text);
    }

    /** The document with {@code "Principal": "*"} in each statement; the text as it is when it is not a policy's shape. */
    private static String withAnyonePrincipal(String text) {
        JsonNode n;
        try {
            n = Json.parse(text);
        } catch (RuntimeException syntax) {
            return text;
        }
        if (!(n instanceof ObjectNode doc)) {
            return text;
        }
        JsonNode statements = doc.get("Statement");
        for (JsonNode s : statements == null ? List.<JsonNode>of() : statements.isArray() ? statements : List.of(statements)) {
            if (s instanceof ObjectNode statement) {
                if (statement.has("Principal") || statement.has("NotPrincipal")) {
                    throw IamRules.malformed("Policy document should not specify a principal.");
                }
                statement.put("Principal", "*");
            }
        }
        return Json.string(doc);
    }
}
