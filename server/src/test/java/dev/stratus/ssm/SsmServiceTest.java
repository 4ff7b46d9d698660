package dev.stratus.ssm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.port.FakeKeys;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.ssm.api.GetParameterHistoryRequest;
import dev.stratus.ssm.api.GetParameterRequest;
import dev.stratus.ssm.api.LabelParameterVersionRequest;
import dev.stratus.ssm.api.PutParameterRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Parameter Store against the service itself, on an in-memory store and a KMS that shows what it was asked. */
class SsmServiceTest {
    static final String ACCOUNT = "111122223333";
    static final Principal ALICE = new Principal(Principal.Type.USER, "arn:aws:iam::" + ACCOUNT + ":user/alice", ACCOUNT);
    static final Principal BOB = new Principal(Principal.Type.USER, "arn:aws:iam::" + ACCOUNT + ":user/bob", ACCOUNT);
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final FakeKeys keys = new FakeKeys();
    final SsmService ssm = new SsmService(store, clock, timers, new SecureStrings(keys));

    @AfterEach
    void close() {
        timers.close();
        store.close();
    }

    static RequestContext as(Principal p) {
        return new RequestContext("r", "ssm", "op", "eu-west-1", ACCOUNT, "test", "localhost", p);
    }

    static PutParameterRequest put(String name, String value, String type) {
        return new PutParameterRequest(name, null, value, type, null, null, null, null, null, null, null);
    }

    static PutParameterRequest overwrite(String name, String value) {
        return new PutParameterRequest(name, null, value, null, null, true, null, null, null, null, null);
    }

    @Test
    void aSecureStringIsEncryptedForItsArnAndDecryptedForTheCaller() {
        ssm.putParameter(as(ALICE), put("/app/pw", "hunter2", "SecureString"));
        String arn = "arn:aws:ssm:eu-west-1:" + ACCOUNT + ":parameter/app/pw";
        assertEquals("encrypt " + ALICE.id() + " arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/managed-ssm {PARAMETER_ARN=" + arn + "} via ssm",
                keys.calls.getFirst(), "the AWS managed key alias/aws/ssm, the parameter's ARN as context, through ssm");
        String sealed = ssm.getParameter(as(BOB), new GetParameterRequest("/app/pw", false)).parameter().value();
        assertFalse(sealed.contains("hunter2"), "without decryption the ciphertext is answered");
        assertEquals("hunter2", ssm.getParameter(as(BOB), new GetParameterRequest("/app/pw", true)).parameter().value());
        assertTrue(keys.calls.getLast().startsWith("decrypt " + BOB.id()), "the reader decrypts as itself");

        keys.refusedCaller = BOB.id();
        AwsException refused = assertThrows(AwsException.class, () -> ssm.getParameter(as(BOB), new GetParameterRequest("/app/pw", true)));
        assertEquals("AccessDeniedException", refused.code());
        assertTrue(refused.getMessage().contains("kms:Decrypt") && refused.getMessage().contains("(Service: AWSKMS; Status Code: 400;"));
        assertEquals("InvalidKeyId", assertThrows(AwsException.class, () -> ssm.putParameter(as(ALICE),
                new PutParameterRequest("/app/other", null, "v", "SecureString", "alias/none", null, null, null, null, null, null))).code());
    }

    @Test
    void anAdvancedSecureStringIsSealedUnderADataKey() {
        String big = "y".repeat(8000);
        ssm.putParameter(as(ALICE), new PutParameterRequest("/big", null, big, "SecureString", null, null, null, null, "Advanced", null, null));
        assertTrue(keys.calls.getLast().startsWith("generateDataKey " + ALICE.id()), keys.calls.getLast());
        assertEquals(big, ssm.getParameter(as(BOB), new GetParameterRequest("/big", true)).parameter().value());
    }

    @Test
    void theOldestOfAHundredVersionsGoesUnlessItIsLabelled() {
        ssm.putParameter(as(ALICE), put("p", "v1", "String"));
        for (int i = 2; i <= 100; i++) {
            ssm.putParameter(as(ALICE), overwrite("p", "v" + i));
        }
        ssm.labelParameterVersion(as(ALICE), new LabelParameterVersionRequest("p", 1L, List.of("first")));
        assertEquals("ParameterMaxVersionLimitExceeded", assertThrows(AwsException.class, () -> ssm.putParameter(as(ALICE), overwrite("p", "v101")))
                .code());
        ssm.labelParameterVersion(as(ALICE), new LabelParameterVersionRequest("p", 2L, List.of("first")));
        assertEquals(101L, ssm.putParameter(as(ALICE), overwrite("p", "v101")).version());
        var history = ssm.getParameterHistory(as(ALICE), new GetParameterHistoryRequest("p", false, 50, null));
        assertEquals(2L, history.parameters().getFirst().version(), "version 1 went once its label moved");
        assertEquals("ParameterVersionNotFound", assertThrows(AwsException.class, () -> ssm.getParameter(as(ALICE),
                new GetParameterRequest("p:1", false))).code());
    }

    @Test
    void aVersionHoldsTenLabelsAtMost() {
        ssm.putParameter(as(ALICE), put("p", "v", "String"));
        ssm.labelParameterVersion(as(ALICE), new LabelParameterVersionRequest("p", null,
                List.of("l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "l9", "l10")));
        assertEquals("ParameterVersionLabelLimitExceeded", assertThrows(AwsException.class, () -> ssm.labelParameterVersion(as(ALICE),
                new LabelParameterVersionRequest("p", null, List.of("l11")))).code());
    }

    @Test
    void policiesAreCheckedAsParameterStoreChecksThem() {
        assertEquals("InvalidPolicyAttributeException", assertThrows(AwsException.class, () -> ParameterPolicies.check("{}")).code());
        assertEquals("InvalidPolicyAttributeException", assertThrows(AwsException.class, () -> ParameterPolicies.check(
                "[{\"Type\":\"Expiration\",\"Version\":\"1.0\",\"Attributes\":{\"Timestamp\":\"tomorrow\"}}]")).code());
        assertEquals("IncompatiblePolicyException", assertThrows(AwsException.class, () -> ParameterPolicies.check(
                "[{\"Type\":\"NoChangeNotification\",\"Version\":\"1.0\",\"Attributes\":{\"After\":\"2\",\"Unit\":\"Days\"}},"
                        + "{\"Type\":\"NoChangeNotification\",\"Version\":\"1.0\",\"Attributes\":{\"After\":\"3\",\"Unit\":\"Days\"}}]")).code());
        assertEquals(1_800_000_000_000L, ParameterPolicies.expiresAt(
                "[{\"Type\":\"Expiration\",\"Version\":\"1.0\",\"Attributes\":{\"Timestamp\":\"2027-01-15T08:00:00Z\"}}]"));
        assertEquals("ValidationException", assertThrows(AwsException.class, () -> ssm.putParameter(as(ALICE),
                new PutParameterRequest("p", null, "v", "String", null, null, null, null, "Standard",
                        "[{\"Type\":\"ExpirationNotification\",\"Version\":\"1.0\",\"Attributes\":{\"Before\":\"2\",\"Unit\":\"Hours\"}}]", null))).code(),
                "policies need the advanced tier");
    }

    @Test
    void pathsHoldTheirOwnLevels() {
        assertTrue(ParameterFilters.under("/a/b", "/a", false));
        assertFalse(ParameterFilters.under("/a/b/c", "/a", false));
        assertTrue(ParameterFilters.under("/a/b/c", "/a/", true));
        assertFalse(ParameterFilters.under("/ab/c", "/a", true));
        assertTrue(ParameterFilters.under("flat", "/", false), "a name without a slash lies under /");
    }
}
