package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.Ports;
import dev.stratus.platform.port.Identities;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.time.ManualClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessControlTest {
    static final String ACCOUNT = "123456789012";
    static final Principal ALICE = new Principal(Principal.Type.USER, "arn:aws:iam::123456789012:user/alice", ACCOUNT);
    final ManualClock clock = new ManualClock(1_767_225_600_000L);
    final Store store = SqliteStore.inMemory();
    final Ports ports = new Ports();
    final AccessControl access = new AccessControl(ACCOUNT, "us-east-1", clock, store, ports, true, Authentication.Mode.DEFAULT);

    /** IAM as the identity step sees it: alice may send to one queue, during 2026 only. */
    void aliceMaySendToOrders() {
        PolicyDocument policy = PolicyDocument.stored("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage",
                "Resource":"arn:aws:sqs:us-east-1:123456789012:orders",
                "Condition":{"DateLessThan":{"aws:CurrentTime":"2027-01-01T00:00:00Z"}}}]}""");
        ports.offer(Identities.class, new Identities() {
            @Override
            public Optional<Identity> user(String name) {
                return name.equals("alice") ? Optional.of(new Identity(ALICE.id(), "AIDAALICE", List.of(policy), Optional.empty(), Map.of(),
                        null, 0)) : Optional.empty();
            }

            @Override
            public Optional<PolicyDocument> managedPolicy(String arn) {
                return Optional.empty();
            }

            @Override
            public Optional<Identity> role(String name) {
                return Optional.empty();
            }
        });
    }

    RequestContext call(Principal who, String operation) {
        return new RequestContext("r", "sqs", operation, "us-east-1", ACCOUNT, "AKIAALICE", "localhost", who);
    }

    @Test
    void keysStratusDoesNotKnowAreTheAccountRootInTheRegionsPartition() {
        assertEquals(new Principal(Principal.Type.ROOT, "arn:aws:iam::123456789012:root", ACCOUNT), access.identify("test", "us-east-1"));
        assertEquals("arn:aws-cn:iam::123456789012:root", access.identify("AKIDEXAMPLE", "cn-north-1").id());
        assertEquals("arn:aws-us-gov:iam::123456789012:root", access.identify(null, "us-gov-west-1").id());
    }

    @Test
    void aKeyStratusIssuedIsItsPrincipalFromTheCommitOnAndNoLongerOnceDeleted() {
        assertEquals(Principal.Type.ROOT, access.identify("AKIAALICE", "us-east-1").type());
        store.write(tx -> {
            access.credentials().issue(tx, new Credentials.Credential("AKIAALICE", "secret", null, ALICE, "AIDAALICE",
                    ALICE.id(), true, Instant.ofEpochMilli(clock.millis()), null, null, Map.of()));
            return null;
        });
        assertEquals(ALICE, access.identify("AKIAALICE", "us-east-1"));
        store.write(tx -> access.credentials().delete(tx, "AKIAALICE"));
        assertEquals(Principal.Type.ROOT, access.identify("AKIAALICE", "us-east-1").type());
    }

    @Test
    void aUserMayDoWhatItsPoliciesAllowOnTheResourceTheTableNamesWithTheGlobalKeys() {
        aliceMaySendToOrders();
        access.check(ALICE, "sqs:SendMessage", "arn:aws:sqs:us-east-1:123456789012:orders", Map.of());
        AwsException other = assertThrows(AwsException.class,
                () -> access.check(ALICE, "sqs:SendMessage", "arn:aws:sqs:us-east-1:123456789012:payments", Map.of()));
        assertEquals("AccessDeniedException", other.code());
        assertEquals(400, other.status());
        assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sqs:SendMessage on resource: "
                + "arn:aws:sqs:us-east-1:123456789012:payments because no identity-based policy allows the sqs:SendMessage action", other.getMessage());
        clock.advance(366L * 24 * 3600 * 1000);
        assertThrows(AwsException.class, () -> access.check(ALICE, "sqs:SendMessage", "arn:aws:sqs:us-east-1:123456789012:orders", Map.of()),
                "aws:CurrentTime is the one clock's");
    }

    @Test
    void theGatewayAsksTheServicesTableAndAnswersWithTheServicesRefusal() {
        aliceMaySendToOrders();
        access.serve(new TestModule("sqs", (ctx, input) -> List.of(Actions.Check.of("sqs:ListQueues", "*")),
                new Refusal("AccessDenied", 403, Refusal.LOWER_CASE)));
        AwsException e = assertThrows(AwsException.class, () -> access.authorize(call(ALICE, "ListQueues"), null));
        assertEquals("AccessDenied", e.code());
        assertEquals("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sqs:listqueues "
                + "because no identity-based policy allows the sqs:listqueues action", e.getMessage());
    }

    @Test
    void aServiceMayPutItsOwnWordsAroundTheExplanation() {
        access.serve(new TestModule("ec2", (ctx, input) -> List.of(Actions.Check.of("ec2:RunInstances", "*")),
                new Refusal("UnauthorizedOperation", 403, a -> a, m -> "You are not authorized to perform this operation. " + m)));
        RequestContext run = new RequestContext("r", "ec2", "RunInstances", "us-east-1", ACCOUNT, "AKIAALICE", "localhost", ALICE);
        AwsException e = assertThrows(AwsException.class, () -> access.authorize(run, null));
        assertEquals("UnauthorizedOperation", e.code());
        assertEquals("You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/alice is not authorized "
                + "to perform: ec2:RunInstances because no identity-based policy allows the ec2:RunInstances action", e.getMessage());
    }

    @Test
    void theAccountRootMayDoEverythingAndAUserWithoutIamNothing() {
        access.authorize(call(access.identify("test", "us-east-1"), "CreateQueue"), null);
        assertThrows(AwsException.class, () -> access.authorize(call(ALICE, "CreateQueue"), null));
    }

    @Test
    void theAccountRootIsRefusedWhatAQueuePolicyDeniesItWithTheGlobalKeysAndAllowedElsewhere() {
        Principal root = access.identify("test", "us-east-1");
        String guarded = "arn:aws:sqs:us-east-1:123456789012:guarded";
        access.resourcePolicies("sqs", arn -> !arn.equals(guarded) ? Optional.empty() : Optional.of(PolicyDocument.stored("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"sqs:SendMessage","Resource":"%s",
                "Condition":{"StringEquals":{"aws:RequestedRegion":"us-east-1"}}}]}""".formatted(guarded))));
        assertThrows(AwsException.class, () -> access.check(root, "sqs:SendMessage", guarded, Map.of()));
        access.check(root, "sqs:ReceiveMessage", guarded, Map.of());
        access.check(root, "sqs:SendMessage", "arn:aws:sqs:us-east-1:123456789012:open", Map.of());
    }

    @Test
    void aServicePrincipalMayDoWhatTheResourcePolicyAllowsItForItsSource() {
        String queue = "arn:aws:sqs:us-east-1:123456789012:orders";
        String rule = "arn:aws:events:us-east-1:123456789012:rule/r";
        access.resourcePolicies("sqs", arn -> Optional.of(PolicyDocument.stored("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},
                "Action":"sqs:SendMessage","Resource":"%s","Condition":{"ArnEquals":{"aws:SourceArn":"%s"}}}]}""".formatted(queue, rule))));
        Principal events = Principal.service("events.amazonaws.com");
        access.check(events, "sqs:SendMessage", queue, Map.of("aws:SourceArn", List.of(rule)));
        AwsException e = assertThrows(AwsException.class, () -> access.check(events, "sqs:SendMessage", queue,
                Map.of("aws:SourceArn", List.of(rule + "-other"))));
        assertEquals("User: events.amazonaws.com is not authorized to perform: sqs:SendMessage on resource: " + queue
                + " because no resource-based policy allows the sqs:SendMessage action", e.getMessage());
        assertThrows(AwsException.class, () -> access.check(Principal.service("sns.amazonaws.com"), "sqs:SendMessage", queue, Map.of()));
    }

    @Test
    void aRoleTrustsTheServicesItsTrustPolicyNamesAndAMissingRoleNobody() {
        String roleArn = "arn:aws:iam::123456789012:role/service-role/fn";
        PolicyDocument trust = PolicyDocument.stored("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}");
        ports.offer(Identities.class, new Identities() {
            @Override
            public Optional<Identity> user(String name) {
                return Optional.empty();
            }

            @Override
            public Optional<PolicyDocument> managedPolicy(String arn) {
                return Optional.empty();
            }

            @Override
            public Optional<Identity> role(String name) {
                return name.equals("fn") ? Optional.of(new Identity(roleArn, "AROAFN", List.of(), Optional.empty(), Map.of(), trust, 3600))
                        : Optional.empty();
            }
        });
        assertEquals(true, access.trusts(roleArn, Principal.service("lambda.amazonaws.com")));
        assertEquals(false, access.trusts(roleArn, Principal.service("events.amazonaws.com")));
        assertEquals(false, access.trusts("arn:aws:iam::123456789012:role/fn", Principal.service("lambda.amazonaws.com")), "the path is part of the ARN");
        assertEquals(false, access.trusts("arn:aws:iam::123456789012:role/gone", Principal.service("lambda.amazonaws.com")));
        assertEquals(true, new AccessControl(ACCOUNT, "us-east-1", clock, store, ports, false, Authentication.Mode.DEFAULT).trusts("arn:aws:iam::123456789012:role/gone",
                Principal.service("lambda.amazonaws.com")));
    }

    @Test
    void notEnforcingEveryoneMayDoEverything() {
        AccessControl open = new AccessControl(ACCOUNT, "us-east-1", clock, store, ports, false, Authentication.Mode.DEFAULT);
        open.authorize(call(ALICE, "CreateQueue"), null);
        open.check(Principal.service("sns.amazonaws.com"), "sqs:SendMessage", "arn:aws:sqs:us-east-1:123456789012:orders", Map.of());
    }

    /** A service as the identity step sees one: its model's id and signing name, its table and its refusal. */
    record TestModule(String id, Actions table, Refusal answer) implements dev.stratus.platform.ServiceModule {
        @Override
        public dev.stratus.protocol.model.ServiceModel model() {
            return dev.stratus.protocol.model.ServiceModel.load(id);
        }

        @Override
        public dev.stratus.protocol.ServiceDispatcher dispatcher() {
            return null;
        }

        @Override
        public Actions actions() {
            return table;
        }

        @Override
        public Refusal refusal() {
            return answer;
        }
    }
}
