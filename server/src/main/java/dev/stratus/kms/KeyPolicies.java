package dev.stratus.kms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.Arn;

/**
 * The key policies KMS writes itself, in the layout GetKeyPolicy answers them with (two-space
 * indents, {@code " : "} between names and values).
 */
final class KeyPolicies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyPolicies() {
    }

    /** The default key policy of a key made through the API without one: the account may use IAM policies to allow anything. */
    static String customerDefault(String account, String region) {
        ObjectNode policy = policy("key-default-1");
        ObjectNode s = ((ArrayNode) policy.get("Statement")).addObject();
        s.put("Sid", "Enable IAM User Permissions");
        s.put("Effect", "Allow");
        s.putObject("Principal").put("AWS", Arn.accountRoot(region, account).toString());
        s.put("Action", "kms:*");
        s.put("Resource", "*");
        return pretty(policy);
    }

    /**
     * The policy of an AWS managed key: any principal of the account may use it through its service,
     * and the account may read (never change) it.
     */
    static String awsManaged(String account, String region, String service) {
        ObjectNode policy = policy("auto-" + service + "-2");
        ArrayNode statements = (ArrayNode) policy.get("Statement");
        ObjectNode through = statements.addObject();
        through.put("Sid", "Allow access through " + service + " for all principals in the account that are authorized to use " + service);
        through.put("Effect", "Allow");
        through.putObject("Principal").put("AWS", "*");
        through.putArray("Action").add("kms:Encrypt").add("kms:Decrypt").add("kms:ReEncrypt*").add("kms:GenerateDataKey*")
                .add("kms:CreateGrant").add("kms:DescribeKey");
        through.put("Resource", "*");
        ObjectNode equals = through.putObject("Condition").putObject("StringEquals");
        equals.put("kms:CallerAccount", account);
        equals.put("kms:ViaService", service + "." + region + ".amazonaws.com");
        ObjectNode read = statements.addObject();
        read.put("Sid", "Allow direct access to key metadata to the account");
        read.put("Effect", "Allow");
        read.putObject("Principal").put("AWS", Arn.accountRoot(region, account).toString());
        read.putArray("Action").add("kms:Describe*").add("kms:Get*").add("kms:List*").add("kms:RevokeGrant");
        read.put("Resource", "*");
        return pretty(policy);
    }

    private static ObjectNode policy(String id) {
        ObjectNode policy = JSON.createObjectNode();
        policy.put("Version", "2012-10-17");
        policy.put("Id", id);
        policy.putArray("Statement");
        return policy;
    }

    private static String pretty(ObjectNode policy) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy made here is always JSON", e);
        }
    }
}
