package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.time.ManualClock;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessControlTest {
    final ManualClock clock = new ManualClock(1_767_225_600_000L);
    final Store store = SqliteStore.inMemory();

    @Test
    void keysStratusDoesNotKnowAreTheAccountRootInTheRegionsPartition() {
        AccessControl access = new AccessControl("123456789012", "us-east-1", clock, store, Authorizer.ALLOW_ALL);
        assertEquals(new Principal(Principal.Type.ROOT, "arn:aws:iam::123456789012:root", "123456789012"), access.identify("test", "us-east-1"));
        assertEquals("arn:aws-cn:iam::123456789012:root", access.identify("AKIDEXAMPLE", "cn-north-1").id());
        assertEquals("arn:aws-us-gov:iam::123456789012:root", access.identify(null, "us-gov-west-1").id());
    }

    @Test
    void theDecisionPointIsAskedWithTheActionAndIamsGlobalConditionKeys() {
        Map<String, Object> asked = new HashMap<>();
        AccessControl access = new AccessControl("123456789012", "us-east-1", clock, store, (principal, action, resource, conditions) -> {
            asked.put("principal", principal);
            asked.put("action", action);
            asked.put("resource", resource);
            asked.put("conditions", conditions);
            return Authorizer.Decision.ALLOW;
        });
        Principal root = access.identify("test", "eu-west-1");
        access.authorize(new RequestContext("r", "sqs", "SendMessage", "eu-west-1", "123456789012", "test", "localhost", root), null);
        assertEquals(root, asked.get("principal"));
        assertEquals("sqs:SendMessage", asked.get("action"));
        assertEquals("*", asked.get("resource"));
        assertEquals(Map.of("aws:CurrentTime", List.of("2026-01-01T00:00:00Z"), "aws:EpochTime", List.of("1767225600"),
                "aws:RequestedRegion", List.of("eu-west-1"), "aws:SecureTransport", List.of("false"),
                "aws:PrincipalArn", List.of("arn:aws:iam::123456789012:root"), "aws:PrincipalAccount", List.of("123456789012"),
                "aws:PrincipalType", List.of("Account")), asked.get("conditions"));
    }

    @Test
    void aDenialIsAnAccessDeniedErrorNamingPrincipalActionAndResource() {
        for (Authorizer.Decision denied : new Authorizer.Decision[] {Authorizer.Decision.EXPLICIT_DENY, Authorizer.Decision.IMPLICIT_DENY}) {
            AccessControl access = new AccessControl("123456789012", "us-east-1", clock, store, (p, a, r, c) -> denied);
            Principal user = new Principal(Principal.Type.USER, "arn:aws:iam::123456789012:user/alice", "123456789012");
            AwsException e = assertThrows(AwsException.class, () -> access.authorize(
                    new RequestContext("r", "lambda", "Invoke", "us-east-1", "123456789012", "AKID", "localhost", user), null));
            assertEquals("AccessDeniedException", e.code());
            assertEquals(403, e.status());
            assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: lambda:Invoke on resource: *", e.getMessage());
        }
    }

    @Test
    void aKeyStratusIssuedIsItsPrincipalFromTheCommitOnAndNoLongerOnceDeleted() {
        AccessControl access = new AccessControl("123456789012", "us-east-1", clock, store, Authorizer.ALLOW_ALL);
        Principal alice = new Principal(Principal.Type.USER, "arn:aws:iam::123456789012:user/alice", "123456789012");
        assertEquals(Principal.Type.ROOT, access.identify("AKIAALICE", "us-east-1").type());
        store.write(tx -> {
            access.credentials().issue(tx, new Credentials.Credential("AKIAALICE", "secret", null, alice, "AIDAALICE",
                    alice.id(), true, Instant.ofEpochMilli(clock.millis()), null, null, Map.of()));
            return null;
        });
        assertEquals(alice, access.identify("AKIAALICE", "us-east-1"));
        store.write(tx -> access.credentials().delete(tx, "AKIAALICE"));
        assertEquals(Principal.Type.ROOT, access.identify("AKIAALICE", "us-east-1").type());
    }
}
