package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.iam.api.AttachRolePolicyRequest;
import dev.stratus.iam.api.CreateAccessKeyRequest;
import dev.stratus.iam.api.CreatePolicyRequest;
import dev.stratus.iam.api.CreateRoleRequest;
import dev.stratus.iam.api.CreateUserRequest;
import dev.stratus.iam.api.DeleteAccessKeyRequest;
import dev.stratus.iam.api.DetachRolePolicyRequest;
import dev.stratus.platform.Fence;
import dev.stratus.platform.Ports;
import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.identity.Authentication;
import dev.stratus.platform.port.Identities;
import dev.stratus.protocol.Principal;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two nodes on one PostgreSQL: what IAM writes through one, the other's identity step decides by at once. */
class IamOnTwoNodesTest {
    static final String QUEUE = "arn:aws:sqs:us-east-1:" + IamFixture.ACCOUNT + ":orders";
    static final ManualClock CLOCK = new ManualClock(1_800_000_000_123L);
    static final dev.stratus.protocol.RequestContext ROOT = IamFixture.operation("op");

    /** One node: its store, its identity step and its IAM. */
    record Node(PostgresStore store, AccessControl access, IamService iam) {
        static Node on(String url) {
            PostgresStore store = PostgresStore.open(url);
            Ports ports = new Ports();
            AccessControl access = new AccessControl(IamFixture.ACCOUNT, "us-east-1", CLOCK, store, ports, true, Authentication.Mode.DEFAULT);
            IamService iam = new IamService(store, CLOCK, IamFixture.ACCOUNT, access.credentials());
            ports.offer(Identities.class, iam.identities());
            return new Node(store, access, iam);
        }
    }

    static Node a;
    static Node b;
    static Fence fence;

    @BeforeAll
    static void nodes() {
        String url = TestPostgres.freshDatabase();
        a = Node.on(url);
        b = Node.on(url);
        fence = new Fence(a.store(), b.store());
    }

    @AfterAll
    static void close() {
        a.store().close();
        b.store().close();
    }

    @Test
    void aPolicyAttachedThroughOneNodeDecidesOnTheOtherAtOnce() {
        a.iam().createRole(ROOT, new CreateRoleRequest(null, "worker", IamFixture.TRUST, null, null, null, null));
        String arn = a.iam().createPolicy(ROOT, new CreatePolicyRequest("send", null, IamFixture.ALLOW_SQS, null, null)).policy().arn();
        Principal session = new Principal(Principal.Type.ASSUMED_ROLE, "arn:aws:sts::" + IamFixture.ACCOUNT + ":assumed-role/worker/s",
                IamFixture.ACCOUNT);
        fence.pass();
        assertFalse(allowedOnB(session), "the role allows nothing yet (and node B keeps that answer)");

        a.iam().attachRolePolicy(ROOT, new AttachRolePolicyRequest("worker", arn));
        fence.pass();
        assertTrue(allowedOnB(session));

        a.iam().detachRolePolicy(ROOT, new DetachRolePolicyRequest("worker", arn));
        fence.pass();
        assertFalse(allowedOnB(session));
    }

    @Test
    void anAccessKeyDeletedThroughOneNodeNoLongerNamesItsUserOnTheOther() {
        a.iam().createUser(ROOT, new CreateUserRequest(null, "dev", null, null));
        String key = a.iam().createAccessKey(ROOT, new CreateAccessKeyRequest("dev")).accessKey().accessKeyId();
        fence.pass();
        assertEquals(Principal.Type.USER, b.access().identify(key, "us-east-1").type());

        a.iam().deleteAccessKey(ROOT, new DeleteAccessKeyRequest("dev", key));
        fence.pass();
        assertEquals(Principal.Type.ROOT, b.access().identify(key, "us-east-1").type());
    }

    private static boolean allowedOnB(Principal session) {
        return b.access().evaluate(session, null, "sqs:SendMessage", QUEUE, Map.of()).allowed();
    }
}
