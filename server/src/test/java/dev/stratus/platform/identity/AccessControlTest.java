package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.time.ManualClock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessControlTest {
    final ManualClock clock = new ManualClock(1_767_225_600_000L);

    @Test
    void keysStratusDoesNotKnowAreTheAccountRootInTheRegionsPartition() {
        AccessControl access = new AccessControl("123456789012", Authorizer.ALLOW_ALL, clock);
        assertEquals(new Principal(Principal.Type.ROOT, "arn:aws:iam::123456789012:root", "123456789012"), access.identify("test", "us-east-1"));
        assertEquals("arn:aws-cn:iam::123456789012:root", access.identify("AKIDEXAMPLE", "cn-north-1").id());
        assertEquals("arn:aws-us-gov:iam::123456789012:root", access.identify(null, "us-gov-west-1").id());
    }

    @Test
    void theDecisionPointIsAskedWithTheActionAndIamsGlobalConditionKeys() {
        Map<String, Object> asked = new HashMap<>();
        AccessControl access = new AccessControl("123456789012", (principal, action, resource, conditions) -> {
            asked.put("principal", principal);
            asked.put("action", action);
            asked.put("resource", resource);
            asked.put("conditions", conditions);
            return Authorizer.Decision.ALLOW;
        }, clock);
        Principal root = access.identify("test", "eu-west-1");
        access.authorize(new RequestContext("r", "sqs", "SendMessage", "eu-west-1", "123456789012", "test", "localhost", root), null);
        assertEquals(root, asked.get("principal"));
        assertEquals("sqs:SendMessage", asked.get("action"));
        assertEquals("*", asked.get("resource"));
        assertEquals(Map.of("aws:CurrentTime", "2026-01-01T00:00:00Z", "aws:EpochTime", "1767225600", "aws:RequestedRegion", "eu-west-1",
                "aws:SecureTransport", "false", "aws:PrincipalArn", "arn:aws:iam::123456789012:root", "aws:PrincipalAccount", "123456789012",
                "aws:PrincipalType", "Account"), asked.get("conditions"));
    }

    @Test
    void aDenialIsAnAccessDeniedErrorNamingPrincipalActionAndResource() {
        for (Authorizer.Decision denied : new Authorizer.Decision[] {Authorizer.Decision.EXPLICIT_DENY, Authorizer.Decision.IMPLICIT_DENY}) {
            AccessControl access = new AccessControl("123456789012", (p, a, r, c) -> denied, clock);
            Principal user = new Principal(Principal.Type.USER, "arn:aws:iam::123456789012:user/alice", "123456789012");
            AwsException e = assertThrows(AwsException.class, () -> access.authorize(
                    new RequestContext("r", "lambda", "Invoke", "us-east-1", "123456789012", "AKID", "localhost", user), null));
            assertEquals("AccessDeniedException", e.code());
            assertEquals(403, e.status());
            assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: lambda:Invoke on resource: *", e.getMessage());
        }
    }
}
