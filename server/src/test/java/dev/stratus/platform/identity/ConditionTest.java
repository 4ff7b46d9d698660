package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.protocol.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {
    private static final Principal ALICE = new Principal(Principal.Type.USER, "arn:aws:iam::123456789012:user/alice", "123456789012");

    /** Whether {@code operator} over {@code key} with the policy's {@code values} holds for a request with {@code context}. */
    private static boolean holds(String operator, String key, List<String> values, Map<String, List<String>> context) {
        Condition.Name name = Condition.Name.parse(operator);
        assertNotNull(name, operator);
        return new Condition(name, key, values, true).holds(new EvaluationRequest(ALICE, "s3:GetObject", "*", context));
    }

    private static boolean holds(String operator, String key, String value, String actual) {
        return holds(operator, key, List.of(value), actual == null ? Map.of() : Map.of(key, List.of(actual)));
    }

    @Test
    void operatorNamesAreIamsWithTheirQualifiersAndSuffix() {
        assertEquals(new Condition.Name(Condition.Operator.StringLike, Condition.SetQualifier.FOR_ALL_VALUES, true),
                Condition.Name.parse("ForAllValues:StringLikeIfExists"));
        assertEquals(new Condition.Name(Condition.Operator.ArnNotEquals, Condition.SetQualifier.FOR_ANY_VALUE, false),
                Condition.Name.parse("ForAnyValue:ArnNotEquals"));
        assertEquals(Condition.Operator.Null, Condition.Name.parse("Null").operator());
        for (String bad : List.of("StringEqualz", "NullIfExists", "ForAnyValue:Null", "ForSomeValues:StringEquals", "IfExists",
                "ForAnyValue::StringEquals", "")) {
            assertNull(Condition.Name.parse(bad), bad);
        }
    }

    @Test
    void stringOperatorsCompareValuesWithCaseAndKeysWithout() {
        assertTrue(holds("StringEquals", "aws:PrincipalTag/team", "blue", "blue"));
        assertFalse(holds("StringEquals", "aws:PrincipalTag/team", "blue", "Blue"));
        assertTrue(holds("StringEquals", "AWS:PRINCIPALTAG/TEAM", List.of("blue"), Map.of("aws:principaltag/team", List.of("blue"))),
                "key names ignore case");
        assertTrue(holds("StringNotEquals", "aws:PrincipalTag/team", "blue", "red"));
        assertFalse(holds("StringNotEquals", "aws:PrincipalTag/team", "blue", "blue"));
        assertTrue(holds("StringEqualsIgnoreCase", "aws:PrincipalTag/team", "BLUE", "blue"));
        assertFalse(holds("StringNotEqualsIgnoreCase", "aws:PrincipalTag/team", "BLUE", "blue"));
        assertTrue(holds("StringLike", "s3:prefix", "home/*/docs?", "home/alice/docs1"));
        assertFalse(holds("StringLike", "s3:prefix", "home/*/docs?", "home/alice/docs"));
        assertFalse(holds("StringLike", "s3:prefix", "Home/*", "home/alice"));
        assertTrue(holds("StringNotLike", "s3:prefix", "home/*", "work/x"));
        assertFalse(holds("StringNotLike", "s3:prefix", "home/*", "home/x"));
    }

    @Test
    void severalPolicyValuesAreAlternativesAndANegatedOperatorMatchesNoneOfThem() {
        Map<String, List<String>> red = Map.of("aws:RequestedRegion", List.of("eu-west-1"));
        assertTrue(holds("StringEquals", "aws:RequestedRegion", List.of("us-east-1", "eu-west-1"), red));
        assertFalse(holds("StringNotEquals", "aws:RequestedRegion", List.of("us-east-1", "eu-west-1"), red));
        assertTrue(holds("StringNotEquals", "aws:RequestedRegion", List.of("us-east-1", "us-west-2"), red));
    }

    @Test
    void aMissingKeyFailsAPositiveOperatorAndSatisfiesANegatedOne() {
        assertFalse(holds("StringEquals", "aws:PrincipalTag/team", "blue", null));
        assertFalse(holds("StringLike", "aws:PrincipalTag/team", "*", null));
        assertFalse(holds("NumericLessThan", "s3:max-keys", "10", null));
        assertFalse(holds("DateGreaterThan", "aws:TokenIssueTime", "2020-01-01T00:00:00Z", null));
        assertFalse(holds("Bool", "aws:MultiFactorAuthPresent", "false", null));
        assertFalse(holds("IpAddress", "aws:SourceIp", "10.0.0.0/8", null));
        assertFalse(holds("ArnLike", "aws:SourceArn", "arn:aws:sns:*:*:*", null));
        assertFalse(holds("BinaryEquals", "k", "QmluYXJ5", null));
        for (String negated : List.of("StringNotEquals", "StringNotEqualsIgnoreCase", "StringNotLike", "NumericNotEquals", "DateNotEquals",
                "NotIpAddress", "ArnNotEquals", "ArnNotLike")) {
            String value = negated.contains("Ip") ? "10.0.0.0/8" : negated.startsWith("Date") ? "2020-01-01" : negated.startsWith("Numeric") ? "1"
                    : negated.startsWith("Arn") ? "arn:aws:sns:us-east-1:1:t" : "x";
            assertTrue(holds(negated, "absent:key", value, null), negated);
        }
    }

    @Test
    void ifExistsIsTrueForAMissingKeyAndOtherwiseTheOperator() {
        assertTrue(holds("StringLikeIfExists", "ec2:InstanceType", "t2.*", null));
        assertTrue(holds("StringLikeIfExists", "ec2:InstanceType", "t2.*", "t2.micro"));
        assertFalse(holds("StringLikeIfExists", "ec2:InstanceType", "t2.*", "m5.large"));
        assertTrue(holds("StringNotEqualsIfExists", "aws:PrincipalTag/team", "blue", null),
                "a Deny with a negated IfExists still applies to a request without the key");
        assertFalse(holds("StringNotEqualsIfExists", "aws:PrincipalTag/team", "blue", "blue"));
        assertTrue(holds("NumericLessThanIfExists", "s3:max-keys", "10", null));
        assertTrue(holds("BoolIfExists", "aws:MultiFactorAuthPresent", "true", null));
        assertFalse(holds("BoolIfExists", "aws:MultiFactorAuthPresent", "true", "false"));
    }

    @Test
    void forAnyValueNeedsOneRequestValueAndIsFalseForAMissingOrEmptySet() {
        List<String> allowed = List.of("Department", "CostCenter");
        assertTrue(holds("ForAnyValue:StringEquals", "aws:TagKeys", allowed, Map.of("aws:TagKeys", List.of("Owner", "CostCenter"))));
        assertFalse(holds("ForAnyValue:StringEquals", "aws:TagKeys", allowed, Map.of("aws:TagKeys", List.of("Owner"))));
        assertFalse(holds("ForAnyValue:StringEquals", "aws:TagKeys", allowed, Map.of()));
        assertFalse(holds("ForAnyValue:StringEquals", "aws:TagKeys", allowed, Map.of("aws:TagKeys", List.of())));
        assertTrue(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", allowed, Map.of("aws:TagKeys", List.of("Department", "Owner"))),
                "one request value outside the policy's");
        assertFalse(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", allowed, Map.of("aws:TagKeys", List.of("Department"))));
        assertFalse(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", allowed, Map.of()));
        assertTrue(holds("ForAnyValue:StringLikeIfExists", "aws:TagKeys", allowed, Map.of()), "IfExists makes a missing key true");
    }

    @Test
    void forAllValuesNeedsEveryRequestValueAndIsTrueForAMissingOrEmptySet() {
        List<String> allowed = List.of("PostDateTime", "Message", "Tags");
        assertTrue(holds("ForAllValues:StringLike", "dynamodb:requestedAttributes", allowed,
                Map.of("dynamodb:requestedAttributes", List.of("PostDateTime", "Message"))));
        assertFalse(holds("ForAllValues:StringLike", "dynamodb:requestedAttributes", allowed,
                Map.of("dynamodb:requestedAttributes", List.of("PostDateTime", "UserName"))), "UserName matches no value (AWS's example)");
        assertTrue(holds("ForAllValues:StringLike", "dynamodb:requestedAttributes", allowed, Map.of()));
        assertTrue(holds("ForAllValues:StringLike", "dynamodb:requestedAttributes", allowed, Map.of("dynamodb:requestedAttributes", List.of())));
        assertTrue(holds("ForAllValues:StringNotEquals", "aws:TagKeys", List.of("Secret"), Map.of("aws:TagKeys", List.of("A", "B"))));
        assertFalse(holds("ForAllValues:StringNotEquals", "aws:TagKeys", List.of("Secret"), Map.of("aws:TagKeys", List.of("A", "Secret"))));
        assertTrue(holds("ForAllValues:StringNotEquals", "aws:TagKeys", List.of("Secret"), Map.of()));
    }

    @Test
    void anUnqualifiedOperatorOverAMultiValuedKeyMatchesWhenAnyValueDoes() {
        Map<String, List<String>> keys = Map.of("aws:TagKeys", List.of("a", "b"));
        assertTrue(holds("StringEquals", "aws:TagKeys", List.of("b"), keys));
        assertFalse(holds("StringNotEquals", "aws:TagKeys", List.of("b"), keys));
        assertTrue(holds("StringNotEquals", "aws:TagKeys", List.of("c"), keys));
    }

    @Test
    void numericOperatorsCompareIntegersAndDecimals() {
        assertTrue(holds("NumericEquals", "s3:max-keys", "10", "10.0"));
        assertTrue(holds("NumericNotEquals", "s3:max-keys", "10", "11"));
        assertTrue(holds("NumericLessThan", "s3:max-keys", "10", "9"));
        assertFalse(holds("NumericLessThan", "s3:max-keys", "10", "10"));
        assertTrue(holds("NumericLessThanEquals", "s3:max-keys", "10", "10"));
        assertTrue(holds("NumericGreaterThan", "s3:max-keys", "1.5", "1.75"));
        assertFalse(holds("NumericGreaterThan", "s3:max-keys", "1.5", "1.5"));
        assertTrue(holds("NumericGreaterThanEquals", "s3:max-keys", "-3", "-3"));
        assertFalse(holds("NumericEquals", "s3:max-keys", "10", "ten"), "a value that is no number matches nothing");
        assertFalse(holds("NumericEquals", "s3:max-keys", "ten", "10"));
        assertTrue(holds("NumericEquals", "s3:max-keys", "12345678901234567890", "12345678901234567890"));
        assertFalse(holds("NumericEquals", "s3:max-keys", "12345678901234567890", "12345678901234567891"));
    }

    @Test
    void dateOperatorsReadIso8601InItsW3cFormsAndEpochSeconds() {
        assertTrue(holds("DateGreaterThan", "aws:CurrentTime", "2020-01-01T00:00:01Z", "2026-12-06T02:00:00Z"));
        assertFalse(holds("DateLessThan", "aws:CurrentTime", "2020-01-01T00:00:01Z", "2026-12-06T02:00:00Z"));
        assertTrue(holds("DateEquals", "aws:CurrentTime", "2026-12-06T03:00:00+01:00", "2026-12-06T02:00:00Z"), "zones are honoured");
        assertTrue(holds("DateEquals", "aws:CurrentTime", "2026-12-06", "2026-12-06T00:00:00Z"), "a day is its midnight, UTC");
        assertTrue(holds("DateEquals", "aws:CurrentTime", "2026-12", "2026-12-01T00:00:00.000Z"));
        assertTrue(holds("DateEquals", "aws:CurrentTime", "2026-12-06T02:30Z", "2026-12-06T02:30:00Z"), "minutes without seconds");
        assertTrue(holds("DateLessThanEquals", "aws:CurrentTime", "2026-12-06T02:00:00.5Z", "2026-12-06T02:00:00.500Z"));
        assertTrue(holds("DateNotEquals", "aws:CurrentTime", "2026-12-06", "2026-12-07"));
        long epoch = Instant.parse("2026-12-06T02:00:00Z").getEpochSecond();
        assertTrue(holds("DateEquals", "aws:EpochTime", Long.toString(epoch), "2026-12-06T02:00:00Z"), "epoch in the policy");
        assertTrue(holds("DateGreaterThanEquals", "aws:EpochTime", "2026-12-06T02:00:00Z", Long.toString(epoch)), "epoch in the request");
        assertFalse(holds("DateEquals", "aws:CurrentTime", "yesterday", "2026-12-06"));
        assertFalse(holds("DateEquals", "aws:CurrentTime", "2026-13-01", "2026-12-06"), "no thirteenth month");
        assertEquals(Instant.parse("2026-12-06T02:00:00Z"), dev.stratus.platform.PolicyDates.parse("2026-12-06T04:00:00+0200"));
    }

    @Test
    void boolComparesTrueAndFalseWithoutCase() {
        assertTrue(holds("Bool", "aws:SecureTransport", "false", "false"));
        assertTrue(holds("Bool", "aws:SecureTransport", "true", "TRUE"));
        assertFalse(holds("Bool", "aws:SecureTransport", "true", "false"));
    }

    @Test
    void binaryEqualsComparesTheBytesOfBase64() {
        assertTrue(holds("BinaryEquals", "k", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", "QmluYXJ5VmFsdWVJbkJhc2U2NA=="));
        assertFalse(holds("BinaryEquals", "k", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", "QmluYXJ5"));
        assertTrue(holds("BinaryEquals", "k", "QmluYXJ5", "QmluYXJ5"), "padding is optional");
        assertFalse(holds("BinaryEquals", "k", "not base64!", "not base64!"));
    }

    @Test
    void ipOperatorsMatchCidrRangesOfBothFamilies() {
        assertTrue(holds("IpAddress", "aws:SourceIp", "203.0.113.0/24", "203.0.113.77"));
        assertFalse(holds("IpAddress", "aws:SourceIp", "203.0.113.0/24", "203.0.114.1"));
        assertTrue(holds("IpAddress", "aws:SourceIp", "203.0.113.7", "203.0.113.7"), "an address alone is /32");
        assertFalse(holds("IpAddress", "aws:SourceIp", "203.0.113.7", "203.0.113.8"));
        assertTrue(holds("IpAddress", "aws:SourceIp", "10.0.0.0/9", "10.127.255.255"));
        assertFalse(holds("IpAddress", "aws:SourceIp", "10.0.0.0/9", "10.128.0.0"));
        assertTrue(holds("IpAddress", "aws:SourceIp", "0.0.0.0/0", "192.0.2.1"));
        assertTrue(holds("IpAddress", "aws:SourceIp", "2001:DB8:1234:5678::/64", "2001:db8:1234:5678:abcd::1"));
        assertFalse(holds("IpAddress", "aws:SourceIp", "2001:DB8:1234:5678::/64", "2001:db8:1234:5679::1"));
        assertFalse(holds("IpAddress", "aws:SourceIp", "2001:DB8::/32", "32.1.13.184"), "families do not mix");
        assertTrue(holds("NotIpAddress", "aws:SourceIp", "203.0.113.0/24", "198.51.100.1"));
        assertFalse(holds("NotIpAddress", "aws:SourceIp", "203.0.113.0/24", "203.0.113.1"));
        assertTrue(holds("IpAddress", "aws:SourceIp", List.of("203.0.113.0/24", "2001:DB8:1234:5678::/64"),
                Map.of("aws:SourceIp", List.of("2001:db8:1234:5678::9"))), "IPv4 and IPv6 ranges together (AWS's example)");
        assertFalse(holds("IpAddress", "aws:SourceIp", "example.com", "93.184.216.34"), "names are never looked up");
        assertFalse(holds("IpAddress", "aws:SourceIp", "10.0.0.0/33", "10.0.0.1"));
        assertFalse(holds("IpAddress", "aws:SourceIp", "10.0.0.0/8", "10.0.0"));
        assertFalse(holds("IpAddress", "aws:SourceIp", "10.0.0.0/8", "10.0.0.256"));
    }

    @Test
    void arnOperatorsMatchEachOfTheSixPartsOnItsOwn() {
        String topic = "arn:aws:sns:us-east-1:123456789012:alerts";
        assertTrue(holds("ArnEquals", "aws:SourceArn", topic, topic));
        assertTrue(holds("ArnLike", "aws:SourceArn", "arn:aws:sns:*:123456789012:*", topic));
        assertFalse(holds("ArnLike", "aws:SourceArn", "arn:aws:sns:*:999999999999:*", topic));
        assertTrue(holds("ArnNotLike", "aws:SourceArn", "arn:aws:sns:*:999999999999:*", topic));
        assertFalse(holds("ArnNotEquals", "aws:SourceArn", topic, topic));
        String tricky = "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt";
        String pattern = "arn:aws:someservice:*:111122223333:finance/*";
        assertTrue(holds("StringLike", "aws:SourceArn", pattern, tricky), "AWS's example: StringLike lets * cross colons");
        assertFalse(holds("ArnLike", "aws:SourceArn", pattern, tricky), "ArnLike does not");
        assertTrue(holds("ArnLike", "aws:SourceArn", "arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a:b"), "the last part keeps its colons");
        assertFalse(holds("ArnLike", "aws:SourceArn", "arn:aws:s3", "arn:aws:s3:::bucket"), "a pattern of fewer parts matches nothing");
        assertFalse(holds("ArnLike", "aws:SourceArn", "arn:aws:s3:::*", "not-an-arn"));
    }

    @Test
    void nullTellsWhetherAKeyIsAbsent() {
        assertTrue(holds("Null", "aws:TokenIssueTime", "true", null));
        assertFalse(holds("Null", "aws:TokenIssueTime", "true", "2026-12-06T00:00:00Z"));
        assertTrue(holds("Null", "aws:TokenIssueTime", "false", "2026-12-06T00:00:00Z"));
        assertFalse(holds("Null", "aws:TokenIssueTime", "false", null));
        assertTrue(holds("Null", "aws:TagKeys", List.of("true"), Map.of("aws:TagKeys", List.of())), "an empty set is absent");
    }

    @Test
    void policyVariablesResolveInStringArnAndBoolValues() {
        Map<String, List<String>> ctx = new HashMap<>();
        ctx.put("s3:prefix", List.of("home/alice/notes"));
        ctx.put("aws:SourceArn", List.of("arn:aws:sqs:us-east-1:123456789012:alice-queue"));
        assertTrue(holds("StringLike", "s3:prefix", List.of("home/${aws:username}/*"), ctx), "aws:username comes from the user's ARN");
        assertTrue(holds("ArnLike", "aws:SourceArn", List.of("arn:aws:sqs:*:${aws:PrincipalAccount}:${aws:username}-*"), ctx));
        assertFalse(holds("StringLike", "s3:prefix", List.of("home/${aws:PrincipalTag/team}/*"), ctx), "a variable without a value");
        assertTrue(holds("StringLike", "s3:prefix", List.of("home/${aws:PrincipalTag/team, 'alice'}/*"), ctx), "its default");
        ctx.put("s3:prefix", List.of("a*b"));
        assertTrue(holds("StringEquals", "s3:prefix", List.of("a${*}b"), ctx));
        assertTrue(holds("StringLike", "s3:prefix", List.of("a${*}b"), ctx));
        ctx.put("s3:prefix", List.of("axb"));
        assertFalse(holds("StringLike", "s3:prefix", List.of("a${*}b"), ctx), "${*} is a literal asterisk, no wildcard");
        ctx.put("s3:prefix", List.of("${aws:username}"));
        Condition legacy = new Condition(Condition.Name.parse("StringEquals"), "s3:prefix", List.of("${aws:username}"), false);
        assertTrue(legacy.holds(new EvaluationRequest(ALICE, "s3:ListBucket", "*", ctx)), "before 2012-10-17 variables are literal text");
    }
}
