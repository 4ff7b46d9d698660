package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.protocol.AuthFailure;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.SigV4Signature;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.time.ManualClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The authentication step in both modes: which refusal comes for what (signatures themselves: protocol's SigV4SignatureTest). */
class StrictAuthenticationTest {
    static final String ACCOUNT = "123456789012";
    final ManualClock clock = new ManualClock(1_767_225_600_000L);
    final Store store = SqliteStore.inMemory();
    final AccessControl strict = new AccessControl(ACCOUNT, "us-east-1", clock, store, new dev.stratus.platform.Ports(), false, Authentication.Mode.STRICT);
    final Store lenientStore = SqliteStore.inMemory();
    final AccessControl lenient = new AccessControl(ACCOUNT, "us-east-1", clock, lenientStore, new dev.stratus.platform.Ports(), false, Authentication.Mode.DEFAULT);

    static HttpRequest signed(String key, Instant at, String token) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("host", "localhost", "x-amz-date", SigV4Signature.format(at),
                "authorization", "AWS4-HMAC-SHA256 Credential=" + key + "/20260101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=00"));
        if (token != null) {
            headers.put("x-amz-security-token", token);
        }
        return new HttpRequest("POST", "/", Map.of(), headers, new byte[0]);
    }

    static AuthFailure.Kind refusal(AccessControl access, HttpRequest request, String key) {
        RequestContext ctx = new RequestContext("r", "sts", "GetCallerIdentity", "us-east-1", ACCOUNT, key, "localhost",
                access.identify(key, "us-east-1"));
        return assertThrows(AuthFailure.class, () -> access.authenticate(request, ctx)).kind();
    }

    /** A session key issued into {@code access}'s table, expiring at {@code expiresMs}. */
    Credentials.Credential session(AccessControl access, Store in, long expiresMs) {
        Credentials.Credential c = new Credentials.Credential("ASIAEXAMPLEEXAMPLE12", "secret", "token-1",
                new Principal(Principal.Type.ASSUMED_ROLE, "arn:aws:sts::" + ACCOUNT + ":assumed-role/r/s", ACCOUNT), "AROAEXAMPLE:s",
                "arn:aws:iam::" + ACCOUNT + ":role/r", true, Instant.ofEpochMilli(clock.millis()), Instant.ofEpochMilli(expiresMs), null, Map.of());
        in.write(tx -> {
            access.credentials().issue(tx, c);
            return null;
        });
        return c;
    }

    /** Signing dates have whole seconds: 302 s off, not 301, so that the cut-off fraction never brings one within the 300 s allowed. */
    @Test
    void strictRefusesInOrderOfWhatIsWrong() {
        Instant now = Instant.now();
        assertEquals(AuthFailure.Kind.MISSING, refusal(strict, new HttpRequest("GET", "/", Map.of(), Map.of("host", "h"), new byte[0]), null));
        assertEquals(AuthFailure.Kind.INVALID_TOKEN, refusal(strict, signed("AKIDUNKNOWN", now, null), "AKIDUNKNOWN"));
        assertEquals(AuthFailure.Kind.INVALID_TOKEN, refusal(strict, signed("test", now, "a-token"), "test"));
        assertEquals(AuthFailure.Kind.SKEWED, refusal(strict, signed("test", now.minusSeconds(302), null), "test"));
        assertEquals(AuthFailure.Kind.SKEWED, refusal(strict, signed("test", now.plusSeconds(302), null), "test"));
        assertEquals(AuthFailure.Kind.BAD_SIGNATURE, refusal(strict, signed("test", now, null), "test"));

        Credentials.Credential c = session(strict, store, clock.millis() + 60_000);
        assertEquals(AuthFailure.Kind.INVALID_TOKEN, refusal(strict, signed(c.accessKeyId(), now, null), c.accessKeyId()));
        assertEquals(AuthFailure.Kind.INVALID_TOKEN, refusal(strict, signed(c.accessKeyId(), now, "token-2"), c.accessKeyId()));
        assertEquals(AuthFailure.Kind.BAD_SIGNATURE, refusal(strict, signed(c.accessKeyId(), now, "token-1"), c.accessKeyId()));
        clock.advance(60_000);
        assertEquals(AuthFailure.Kind.EXPIRED_TOKEN, refusal(strict, signed(c.accessKeyId(), now, "token-1"), c.accessKeyId()));
    }

    @Test
    void byDefaultOnlyExpiredSessionsAndInactiveKeysAreRefused() {
        HttpRequest unsigned = new HttpRequest("GET", "/", Map.of(), Map.of("host", "h"), new byte[0]);
        RequestContext root = new RequestContext("r", "sts", "GetCallerIdentity", "us-east-1", ACCOUNT, "anything", "h",
                lenient.identify("anything", "us-east-1"));
        lenient.authenticate(unsigned, root);
        Credentials.Credential c = session(lenient, lenientStore, clock.millis() + 1000);
        RequestContext ctx = new RequestContext("r", "sts", "GetCallerIdentity", "us-east-1", ACCOUNT, c.accessKeyId(), "h",
                lenient.identify(c.accessKeyId(), "us-east-1"));
        lenient.authenticate(unsigned, ctx);
        clock.advance(1000);
        assertEquals(AuthFailure.Kind.EXPIRED_TOKEN, refusal(lenient, unsigned, c.accessKeyId()));
        lenientStore.write(tx -> lenient.credentials().setActive(tx, c.accessKeyId(), false));
        assertEquals(AuthFailure.Kind.INVALID_TOKEN, refusal(lenient, unsigned, c.accessKeyId()));
    }

    /** An X-Amz-Expires parameter without the rest of a presigned URL is no signature: not an internal error. */
    @Test
    void anExpiresParameterAloneIsAnUnsignedRequest() {
        HttpRequest request = new HttpRequest("GET", "/b/k", Map.of("X-Amz-Expires", java.util.List.of("60")), Map.of("host", "h"), new byte[0]);
        RequestContext ctx = new RequestContext("r", "s3", "GetObject", "us-east-1", ACCOUNT, null, "h", lenient.identify(null, "us-east-1"));
        lenient.authenticate(request, ctx);
        assertEquals(AuthFailure.Kind.MISSING, refusal(strict, request, null));
    }
}
