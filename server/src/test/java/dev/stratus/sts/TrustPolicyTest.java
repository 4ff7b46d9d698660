package dev.stratus.sts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.protocol.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Trust policies as IAM evaluates them for AssumeRole: the role's resource policy, which must allow, with the caller's own policies. */
class TrustPolicyTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/path/target";
    static final Principal ROOT = new Principal(Principal.Type.ROOT, "arn:aws:iam::111122223333:root", "111122223333");
    static final Principal USER = new Principal(Principal.Type.USER, "arn:aws:iam::111122223333:user/alice", "111122223333");
    static final Principal SESSION = new Principal(Principal.Type.ASSUMED_ROLE, "arn:aws:sts::111122223333:assumed-role/r/s", "111122223333");
    static final Principal OTHER = new Principal(Principal.Type.USER, "arn:aws:iam::444455556666:user/bob", "444455556666");
    static final PolicyDocument MAY_ASSUME = PolicyDocument.stored("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", "
            + "\"Action\": \"sts:AssumeRole\", \"Resource\": \"" + ROLE + "\"}}");

    static PolicyDocument trust(String statements) {
        return PolicyDocument.stored("{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}");
    }

    static boolean allows(PolicyDocument trust, TrustPolicy.Caller caller, Map<String, List<String>> context) {
        return TrustPolicy.allows(trust, ROLE, "111122223333", caller, "sts:AssumeRole", context);
    }

    static TrustPolicy.Caller withPolicies(Principal p, PolicyDocument... policies) {
        return new TrustPolicy.Caller(p, p.id(), List.of(policies), Optional.empty(), List.of());
    }

    @Test
    void namingTheAccountLeavesItToTheCallersPolicies() {
        PolicyDocument account = trust("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"sts:AssumeRole\"}");
        assertTrue(allows(account, TrustPolicy.Caller.bare(ROOT), Map.of()));
        assertFalse(allows(account, withPolicies(USER), Map.of()));
        assertTrue(allows(account, withPolicies(USER, MAY_ASSUME), Map.of()));
        assertFalse(allows(account, withPolicies(OTHER, MAY_ASSUME), Map.of()));
    }

    @Test
    void namingTheCallerOrItsRoleOrEveryoneIsEnough() {
        PolicyDocument user = trust("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:user/alice\"]}, \"Action\": \"sts:*\"}");
        assertTrue(allows(user, withPolicies(USER), Map.of()));
        assertFalse(allows(user, TrustPolicy.Caller.bare(ROOT), Map.of()));
        PolicyDocument role = trust("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/r\"}, \"Action\": \"sts:AssumeRole\"}");
        assertTrue(allows(role, new TrustPolicy.Caller(SESSION, "arn:aws:iam::111122223333:role/r", List.of(), Optional.empty(), List.of()), Map.of()));
        PolicyDocument anyone = trust("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\"}");
        assertTrue(allows(anyone, withPolicies(USER), Map.of()));
        // Another account's principal needs its own policies to allow too.
        assertFalse(allows(anyone, withPolicies(OTHER), Map.of()));
        assertTrue(allows(anyone, withPolicies(OTHER, MAY_ASSUME), Map.of()));
        PolicyDocument service = trust("{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}");
        assertFalse(allows(service, TrustPolicy.Caller.bare(ROOT), Map.of()));
        assertTrue(allows(service, TrustPolicy.Caller.bare(Principal.service("lambda.amazonaws.com")), Map.of()));
        PolicyDocument otherAction = trust("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:TagSession\"}");
        assertFalse(allows(otherAction, TrustPolicy.Caller.bare(ROOT), Map.of()));
    }

    @Test
    void anExplicitDenyWins() {
        PolicyDocument p = trust("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"sts:AssumeRole\"},"
                + "{\"Effect\": \"Deny\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:user/alice\"}, \"Action\": \"sts:AssumeRole\"}");
        assertTrue(allows(p, TrustPolicy.Caller.bare(ROOT), Map.of()));
        assertFalse(allows(p, withPolicies(USER, MAY_ASSUME), Map.of()));
    }

    @Test
    void conditions() {
        PolicyDocument p = trust("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\", \"Condition\": {"
                + "\"StringLike\": {\"aws:PrincipalArn\": \"arn:aws:iam::*:user/a*\"}, \"StringEqualsIfExists\": {\"sts:ExternalId\": \"x\"}}}");
        assertTrue(allows(p, withPolicies(USER), Map.of()));
        assertTrue(allows(p, withPolicies(USER), Map.of("sts:ExternalId", List.of("x"))));
        assertFalse(allows(p, withPolicies(USER), Map.of("sts:ExternalId", List.of("y"))));
        assertFalse(allows(p, withPolicies(OTHER), Map.of()));
        PolicyDocument tags = trust("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\", \"Condition\": {"
                + "\"ForAllValues:StringEquals\": {\"aws:TagKeys\": [\"team\", \"cost\"]}, \"Null\": {\"sts:SourceIdentity\": \"true\"}}}");
        assertTrue(allows(tags, TrustPolicy.Caller.bare(ROOT), Map.of("aws:TagKeys", List.of("team"))));
        assertFalse(allows(tags, TrustPolicy.Caller.bare(ROOT), Map.of("aws:TagKeys", List.of("team", "other"))));
        assertFalse(allows(tags, TrustPolicy.Caller.bare(ROOT), Map.of("sts:SourceIdentity", List.of("alice"))));
    }
}
