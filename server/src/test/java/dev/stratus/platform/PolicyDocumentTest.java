package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.PolicyDocument.Principal;
import dev.stratus.platform.PolicyDocument.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyDocumentTest {
    private static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:q";

    @Test
    void documentsInIamsGrammarParseAndKeepWhatTheySay() throws Exception {
        List<String> good = List.of(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"sns\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sns.amazonaws.com\"},"
                        + "\"Action\":\"sqs:SendMessage\",\"Resource\":\"" + QUEUE + "\"}]}",
                "{\"Statement\":{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"arn:aws:iam::111122223333:root\",\"444455556666\"]},"
                        + "\"NotAction\":[\"sqs:DeleteQueue\",\"sqs:Purge*\"],\"NotResource\":\"*\"}}",
                "{\"Version\":\"2008-10-17\",\"Id\":\"x\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":[\"*\"],"
                        + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"111122223333\"},\"NumericLessThan\":{\"s3:max-keys\":10},"
                        + "\"Bool\":{\"aws:SecureTransport\":[true,\"false\"]}}}]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        for (String text : good) {
            assertEquals(PolicyDocument.stored(text).toJson(), PolicyDocument.parse(text).toJson(), text);
        }
        PolicyDocument spaced = PolicyDocument.parse("{ \"Statement\" : { \"Sid\":\"one\", \"Effect\":\"Allow\", \"Principal\":\"*\","
                + " \"Action\":\"sns:Publish\", \"Resource\":\"*\" } }");
        assertEquals("{\"Statement\":{\"Sid\":\"one\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sns:Publish\",\"Resource\":\"*\"}}",
                spaced.toJson(), "a lone statement stays one until the document is edited");
        assertTrue(spaced.has("one"));
        assertEquals(1, spaced.statements().size());
    }

    @Test
    void malformedDocumentsAreRefusedInIamsWords() {
        String ok = "\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\"";
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("{\"Version\":", "Syntax errors in policy.");
        bad.put("not json", "Syntax errors in policy.");
        bad.put("[]", "Syntax errors in policy.");
        bad.put("\"text\"", "Syntax errors in policy.");
        bad.put("{\"Statement\":[{" + ok + "}]} trailing", "Syntax errors in policy.");
        bad.put("{}", "Missing required field Statement");
        bad.put("{\"Version\":\"2012-10-17\"}", "Missing required field Statement");
        bad.put("{\"Version\":\"2010-01-01\",\"Statement\":[{" + ok + "}]}", "Invalid policy version \"2010-01-01\": it is 2012-10-17 or 2008-10-17.");
        bad.put("{\"Version\":20121017,\"Statement\":[{" + ok + "}]}", "Invalid policy version 20121017: it is 2012-10-17 or 2008-10-17.");
        bad.put("{\"Id\":1,\"Statement\":[{" + ok + "}]}", "Id must be a string.");
        bad.put("{\"Statement\":[{" + ok + "}],\"Extra\":1}", "Unknown field Extra");
        bad.put("{\"Statement\":\"everything\"}", "Statement must be an object or a list of objects.");
        bad.put("{\"Statement\":[\"everything\"]}", "Statement must be an object or a list of objects.");
        bad.put("{\"Statement\":[{" + ok + ",\"Actions\":\"sqs:*\"}]}", "Unknown field Actions");
        bad.put("{\"Statement\":[{\"Principal\":\"*\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}", "Missing required field Effect");
        bad.put("{\"Statement\":[{\"Effect\":\"allow\",\"Principal\":\"*\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}", "Invalid effect: allow");
        bad.put("{\"Statement\":[{\"Effect\":true,\"Principal\":\"*\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}", "Invalid effect: true");
        bad.put("{\"Statement\":[{\"Sid\":7," + ok + "}]}", "Sid must be a string.");
        bad.put("{\"Statement\":[{\"Sid\":\"a\"," + ok + "},{\"Sid\":\"a\"," + ok + "}]}", "Statement IDs (SID) in a single policy must be unique.");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}", "Missing required field Principal");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"NotPrincipal\":\"*\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}",
                "A statement has Principal or NotPrincipal, not both.");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"anyone\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}", "Invalid principal in policy");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{},\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}", "Invalid principal in policy");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"User\":\"x\"},\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}", "Invalid principal in policy");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[]},\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}",
                "The principals of a statement are a string or a list of strings.");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[1]},\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}",
                "The principals of a statement are strings.");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Resource\":\"*\"}]}", "Policy statement must contain actions.");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:*\",\"NotAction\":\"sqs:*\",\"Resource\":\"*\"}]}",
                "A statement has Action or NotAction, not both.");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"SendMessage\",\"Resource\":\"*\"}]}",
                "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":{\"sqs\":\"*\"},\"Resource\":\"*\"}]}",
                "The actions of a statement are a string or a list of strings.");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:*\"}]}", "Policy statement must contain resources.");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:*\",\"Resource\":\"my-queue\"}]}",
                "Resource my-queue must be in ARN format or \"*\".");
        bad.put("{\"Statement\":[{" + ok + ",\"Condition\":[]}]}", "Condition must be an object of condition operators.");
        bad.put("{\"Statement\":[{" + ok + ",\"Condition\":{\"StringEquals\":\"x\"}}]}",
                "Condition operator StringEquals must be an object of condition keys and values.");
        bad.put("{\"Statement\":[{" + ok + ",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":{\"a\":1}}}}]}",
                "Condition key aws:SourceAccount must have a value or a list of values.");
        bad.put("{\"Statement\":[{" + ok + ",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":[]}}}]}",
                "Condition key aws:SourceAccount must have a value or a list of values.");
        bad.put("{\"Statement\":[{" + ok + ",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":null}}}]}",
                "Condition key aws:SourceAccount must have a value or a list of values.");
        bad.forEach((text, reason) -> {
            PolicyDocument.Malformed m = assertThrows(PolicyDocument.Malformed.class, () -> PolicyDocument.parse(text), text);
            assertEquals(reason, m.getMessage(), text);
            assertEquals(reason.equals("Syntax errors in policy."), m.syntax(), text);
        });
        assertTrue(assertThrows(PolicyDocument.Malformed.class, () -> PolicyDocument.parse(null)).syntax());
    }

    @Test
    void aTrustPolicyNamesPrincipalsAndNoResource() throws Exception {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRole\"}]}";
        assertEquals(trust, PolicyDocument.parseTrust(trust).toJson());
        assertEquals("Policy statement must contain resources.", assertThrows(PolicyDocument.Malformed.class, () -> PolicyDocument.parse(trust)).getMessage(),
                "a resource policy still needs its resources");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}", "Has prohibited field Resource");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\",\"NotResource\":\"*\"}]}", "Has prohibited field NotResource");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\"}]}", "Missing required field Principal");
        bad.put("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\"}]}", "Policy statement must contain actions.");
        bad.put("{\"Version\":\"2012-10-17\"", "Syntax errors in policy.");
        bad.forEach((text, reason) -> assertEquals(reason, assertThrows(PolicyDocument.Malformed.class, () -> PolicyDocument.parseTrust(text), text).getMessage(), text));
    }

    @Test
    void statementsAreWrittenAsAwsWritesThem() {
        // SQS's AddPermission: one principal and action as strings, several as lists.
        PolicyDocument queue = PolicyDocument.empty("2008-10-17", QUEUE + "/SQSDefaultPolicy")
                .with(Statement.allow("share", Principal.of("AWS", "arn:aws:iam::111122223333:root"), List.of("SQS:SendMessage"), QUEUE, null))
                .with(Statement.allow("two", Principal.of("AWS", "arn:aws:iam::1:root", "arn:aws:iam::2:root"), List.of("SQS:A", "SQS:B"), QUEUE, null));
        assertEquals("{\"Version\":\"2008-10-17\",\"Id\":\"" + QUEUE + "/SQSDefaultPolicy\",\"Statement\":["
                + "{\"Sid\":\"share\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"SQS:SendMessage\","
                + "\"Resource\":\"" + QUEUE + "\"},"
                + "{\"Sid\":\"two\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::1:root\",\"arn:aws:iam::2:root\"]},"
                + "\"Action\":[\"SQS:A\",\"SQS:B\"],\"Resource\":\"" + QUEUE + "\"}]}", queue.toJson());
        // Lambda's AddPermission and EventBridge's PutPermission: anyone, and conditions by operator.
        Map<String, Map<String, String>> condition = new LinkedHashMap<>();
        condition.put("StringEquals", new LinkedHashMap<>(Map.of("AWS:SourceAccount", "111122223333")));
        condition.put("ArnLike", Map.of("AWS:SourceArn", "arn:aws:s3:::b"));
        assertEquals("{\"Sid\":\"s3\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"arn:aws:lambda:f\","
                + "\"Condition\":{\"StringEquals\":{\"AWS:SourceAccount\":\"111122223333\"},\"ArnLike\":{\"AWS:SourceArn\":\"arn:aws:s3:::b\"}}}",
                Statement.allow("s3", Principal.ANYONE, List.of("lambda:InvokeFunction"), "arn:aws:lambda:f", condition).toJson().toString());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[]}", PolicyDocument.empty("2012-10-17", null).toJson());
    }

    @Test
    void aStatementReplacesTheOneWithItsSidInPlaceAndWithoutTakesItOut() throws Exception {
        PolicyDocument given = PolicyDocument.parse("{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"a\",\"Effect\":\"Allow\","
                + "\"Principal\":\"*\",\"Action\":\"events:PutEvents\",\"Resource\":\"*\"}}");
        PolicyDocument edited = given.with(Statement.allow("b", Principal.ANYONE, List.of("events:PutEvents"), "arn:aws:events:b", null))
                .with(Statement.allow("a", Principal.of("AWS", "arn:aws:iam::1:root"), List.of("events:PutEvents"), "arn:aws:events:a", null));
        assertEquals(List.of("a", "b"), edited.statements().stream().map(s -> s.get("Sid").asText()).toList());
        assertEquals("arn:aws:events:a", edited.statements().get(0).get("Resource").asText());
        assertEquals(1, given.statements().size(), "editing leaves the original as it was");
        PolicyDocument rest = edited.without("a");
        assertFalse(rest.has("a"));
        assertTrue(rest.has("b"));
        assertTrue(rest.without("b").isEmpty());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[]}", rest.without("b").toJson());
        assertEquals(rest.toJson(), rest.without("not-there").toJson());
    }
}
