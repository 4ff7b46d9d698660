package dev.stratus.sts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.protocol.Principal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrustPolicyTest {
    static final Principal ROOT = new Principal(Principal.Type.ROOT, "arn:aws:iam::111122223333:root", "111122223333");
    static final Principal USER = new Principal(Principal.Type.USER, "arn:aws:iam::111122223333:user/alice", "111122223333");
    static final Principal SESSION = new Principal(Principal.Type.ASSUMED_ROLE, "arn:aws:sts::111122223333:assumed-role/r/s", "111122223333");
    static final Principal OTHER = new Principal(Principal.Type.USER, "arn:aws:iam::444455556666:user/bob", "444455556666");

    static PolicyDocument trust(String statements) {
        return PolicyDocument.stored("{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}");
    }

    static boolean allows(PolicyDocument p, Principal who, String owner, Map<String, List<String>> context) {
        return TrustPolicy.allows(p, new TrustPolicy.Caller(who, owner), "sts:AssumeRole", context);
    }

    @Test
    void principalsByAccountArnRoleAndWildcard() {
        PolicyDocument account = trust("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"sts:AssumeRole\"}");
        assertTrue(allows(account, ROOT, ROOT.id(), Map.of()));
        assertTrue(allows(account, USER, USER.id(), Map.of()));
        assertFalse(allows(account, OTHER, OTHER.id(), Map.of()));
        PolicyDocument user = trust("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:user/alice\"]}, \"Action\": \"sts:*\"}");
        assertTrue(allows(user, USER, USER.id(), Map.of()));
        assertFalse(allows(user, ROOT, ROOT.id(), Map.of()));
        PolicyDocument role = trust("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/path/r\"}, \"Action\": \"sts:AssumeRole\"}");
        assertTrue(allows(role, SESSION, "arn:aws:iam::111122223333:role/path/r", Map.of()));
        PolicyDocument anyone = trust("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\"}");
        assertTrue(allows(anyone, OTHER, OTHER.id(), Map.of()));
        PolicyDocument service = trust("{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}");
        assertFalse(allows(service, ROOT, ROOT.id(), Map.of()));
        assertTrue(allows(service, Principal.service("lambda.amazonaws.com"), null, Map.of()));
        PolicyDocument otherAction = trust("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:TagSession\"}");
        assertFalse(allows(otherAction, ROOT, ROOT.id(), Map.of()));
    }

    @Test
    void anExplicitDenyWins() {
        PolicyDocument p = trust("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"111122223333\"}, \"Action\": \"sts:AssumeRole\"},"
                + "{\"Effect\": \"Deny\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:user/alice\"}, \"Action\": \"sts:AssumeRole\"}");
        assertTrue(allows(p, ROOT, ROOT.id(), Map.of()));
        assertFalse(allows(p, USER, USER.id(), Map.of()));
    }

    @Test
    void conditions() {
        PolicyDocument p = trust("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\", \"Condition\": {"
                + "\"StringLike\": {\"aws:PrincipalArn\": \"arn:aws:iam::*:user/a*\"}, \"StringEqualsIfExists\": {\"sts:ExternalId\": \"x\"}}}");
        assertTrue(allows(p, USER, USER.id(), Map.of("aws:PrincipalArn", List.of(USER.id()))));
        assertTrue(allows(p, USER, USER.id(), Map.of("aws:principalarn", List.of(USER.id()), "sts:ExternalId", List.of("x"))));
        assertFalse(allows(p, USER, USER.id(), Map.of("aws:PrincipalArn", List.of(USER.id()), "sts:ExternalId", List.of("y"))));
        assertFalse(allows(p, OTHER, OTHER.id(), Map.of("aws:PrincipalArn", List.of(OTHER.id()))));
        PolicyDocument tags = trust("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\", \"Condition\": {"
                + "\"ForAllValues:StringEquals\": {\"aws:TagKeys\": [\"team\", \"cost\"]}, \"Null\": {\"sts:SourceIdentity\": \"true\"}, "
                + "\"StringNotEquals\": {\"aws:PrincipalAccount\": \"444455556666\"}}}");
        assertTrue(allows(tags, ROOT, ROOT.id(), Map.of("aws:TagKeys", List.of("team"), "aws:PrincipalAccount", List.of("111122223333"))));
        assertFalse(allows(tags, ROOT, ROOT.id(), Map.of("aws:TagKeys", List.of("team", "other"))));
        assertFalse(allows(tags, ROOT, ROOT.id(), Map.of("sts:SourceIdentity", List.of("alice"))));
        assertFalse(allows(tags, OTHER, OTHER.id(), Map.of("aws:PrincipalAccount", List.of("444455556666"))));
        PolicyDocument unknown = trust("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\", \"Condition\": {"
                + "\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"3600\"}}}");
        assertFalse(allows(unknown, ROOT, ROOT.id(), Map.of("aws:MultiFactorAuthAge", List.of("10"))));
    }
}
