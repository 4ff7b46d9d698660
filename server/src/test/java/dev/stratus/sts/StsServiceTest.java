package dev.stratus.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.identity.Credentials.Credential;
import dev.stratus.platform.port.Identities;
import dev.stratus.platform.port.RoleSessions;
import dev.stratus.protocol.AuthFailure;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.sts.api.AssumeRoleRequest;
import dev.stratus.sts.api.AssumeRoleResponse;
import dev.stratus.sts.api.GetAccessKeyInfoRequest;
import dev.stratus.sts.api.GetCallerIdentityRequest;
import dev.stratus.sts.api.GetCallerIdentityResponse;
import dev.stratus.sts.api.GetSessionTokenRequest;
import dev.stratus.sts.api.PolicyDescriptorType;
import dev.stratus.sts.api.Tag;
import dev.stratus.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** STS against the service itself, with roles given through a stand-in for IAM's port. */
class StsServiceTest {
    static final String ACCOUNT = "111122223333";
    static final String ROOT_ARN = "arn:aws:iam::" + ACCOUNT + ":root";
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final AccessControl access = new AccessControl(ACCOUNT, "us-east-1", clock, store, new dev.stratus.platform.Ports(), false, dev.stratus.platform.identity.Authentication.Mode.DEFAULT);
    final Map<String, Identities.Identity> roles = new HashMap<>();
    final Identities identities = new Identities() {
        @Override
        public Optional<Identity> user(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<dev.stratus.platform.PolicyDocument> managedPolicy(String arn) {
            return Optional.empty();
        }

        @Override
        public Optional<Identity> role(String name) {
            return Optional.ofNullable(roles.get(name));
        }
    };
    final Sessions sessions = new Sessions(store, clock, access.credentials(), identities);
    final StsService sts = new StsService(sessions, access, identities);
    final RequestContext root = context("test");

    @AfterEach
    void close() {
        store.close();
    }

    RequestContext context(String accessKey) {
        return new RequestContext("r", "sts", "AssumeRole", "us-east-1", ACCOUNT, accessKey, "localhost", access.identify(accessKey, "us-east-1"));
    }

    String role(String name, String statement, int maxSeconds) {
        String arn = "arn:aws:iam::" + ACCOUNT + ":role/app/" + name;
        roles.put(name, new Identities.Identity(arn, "AROAEXAMPLE" + name.toUpperCase(), List.of(), Optional.empty(), Map.of(),
                PolicyDocument.stored("{\"Version\": \"2012-10-17\", \"Statement\": [" + statement + "]}"), maxSeconds));
        return arn;
    }

    static String trusting(String principal) {
        return "{\"Effect\": \"Allow\", \"Principal\": " + principal + ", \"Action\": [\"sts:AssumeRole\", \"sts:TagSession\"]}";
    }

    static AssumeRoleRequest assume(String arn, String session) {
        return new AssumeRoleRequest(arn, session, null, null, null, null, null, null, null, null, null, null);
    }

    static AwsException refused(Executable call) {
        return assertThrows(AwsException.class, call);
    }

    @Test
    void theRootIsTheAccountItself() {
        GetCallerIdentityResponse me = sts.getCallerIdentity(root, new GetCallerIdentityRequest());
        assertEquals(ACCOUNT, me.userId());
        assertEquals(ACCOUNT, me.account());
        assertEquals(ROOT_ARN, me.arn());
    }

    @Test
    void aSessionOfATrustedRoleCallsAsItsAssumedRoleArn() {
        String arn = role("worker", trusting("{\"AWS\": \"" + ACCOUNT + "\"}"), 3600);
        AssumeRoleResponse r = sts.assumeRole(root, assume(arn, "job-1"));
        assertTrue(r.credentials().accessKeyId().startsWith("ASIA"));
        assertEquals(20, r.credentials().accessKeyId().length());
        assertEquals(40, r.credentials().secretAccessKey().length());
        assertEquals(Instant.ofEpochMilli(clock.millis()).plusSeconds(3600), r.credentials().expiration());
        assertEquals("arn:aws:sts::" + ACCOUNT + ":assumed-role/worker/job-1", r.assumedRoleUser().arn());
        assertEquals("AROAEXAMPLEWORKER:job-1", r.assumedRoleUser().assumedRoleId());
        assertNull(r.packedPolicySize());

        GetCallerIdentityResponse me = sts.getCallerIdentity(context(r.credentials().accessKeyId()), new GetCallerIdentityRequest());
        assertEquals("AROAEXAMPLEWORKER:job-1", me.userId());
        assertEquals("arn:aws:sts::" + ACCOUNT + ":assumed-role/worker/job-1", me.arn());
        assertEquals(ACCOUNT, me.account());
        Credential c = access.credentials().find(r.credentials().accessKeyId()).orElseThrow();
        assertEquals(arn, c.ownerArn());
        assertEquals(r.credentials().sessionToken(), c.sessionToken());
    }

    @Test
    void aRoleThatIsNotThereOrDoesNotTrustTheCallerIsNotAuthorized() {
        String arn = role("lambda-only", trusting("{\"Service\": \"lambda.amazonaws.com\"}"), 3600);
        AwsException e = refused(() -> sts.assumeRole(root, assume(arn, "s1")));
        assertEquals("AccessDenied", e.code());
        assertEquals(403, e.status());
        assertEquals("User: " + ROOT_ARN + " is not authorized to perform: sts:AssumeRole on resource: " + arn, e.getMessage());
        String missing = "arn:aws:iam::" + ACCOUNT + ":role/nobody";
        assertEquals("User: " + ROOT_ARN + " is not authorized to perform: sts:AssumeRole on resource: " + missing,
                refused(() -> sts.assumeRole(root, assume(missing, "s1"))).getMessage());
        // Under another path, the ARN names no role.
        assertEquals("AccessDenied", refused(() -> sts.assumeRole(root, assume("arn:aws:iam::" + ACCOUNT + ":role/lambda-only", "s1"))).code());
    }

    @Test
    void theExternalIdConditionMustHold() {
        String arn = role("partner", "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"" + ROOT_ARN + "\"}, \"Action\": \"sts:AssumeRole\", "
                + "\"Condition\": {\"StringEquals\": {\"sts:ExternalId\": \"secret-1\"}}}", 3600);
        assertEquals("AccessDenied", refused(() -> sts.assumeRole(root, assume(arn, "s"))).code());
        AssumeRoleRequest wrong = new AssumeRoleRequest(arn, "s", null, null, null, null, null, "other", null, null, null, null);
        assertEquals("AccessDenied", refused(() -> sts.assumeRole(root, wrong)).code());
        AssumeRoleRequest right = new AssumeRoleRequest(arn, "s", null, null, null, null, null, "secret-1", null, null, null, null);
        assertTrue(sts.assumeRole(root, right).credentials().accessKeyId().startsWith("ASIA"));
    }

    @Test
    void durationsWithinTheRolesMaximumAndAnHourWhenChained() {
        String arn = role("short", trusting("\"*\""), 7200);
        AssumeRoleRequest tooLong = new AssumeRoleRequest(arn, "s", null, null, 7201, null, null, null, null, null, null, null);
        AwsException e = refused(() -> sts.assumeRole(root, tooLong));
        assertEquals("ValidationError", e.code());
        assertEquals("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.", e.getMessage());
        AssumeRoleRequest two = new AssumeRoleRequest(arn, "s", null, null, 7200, null, null, null, null, null, null, null);
        AssumeRoleResponse r = sts.assumeRole(root, two);
        assertEquals(Instant.ofEpochMilli(clock.millis()).plusSeconds(7200), r.credentials().expiration());
        RequestContext session = context(r.credentials().accessKeyId());
        assertEquals("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
                refused(() -> sts.assumeRole(session, two)).getMessage());
        // A role's session may assume a role that trusts the role (by its ARN).
        String next = role("next", trusting("{\"AWS\": \"" + arn + "\"}"), 3600);
        assertEquals("arn:aws:sts::" + ACCOUNT + ":assumed-role/next/chained",
                sts.assumeRole(session, assume(next, "chained")).assumedRoleUser().arn());
        assertEquals("AccessDenied", refused(() -> sts.assumeRole(root, assume(next, "direct"))).code());
    }

    @Test
    void sessionPoliciesAndTagsAreKeptAndPacked() {
        String arn = role("tagged", "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"sts:*\"}", 3600);
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}";
        AssumeRoleRequest in = new AssumeRoleRequest(arn, "s", List.of(new PolicyDescriptorType("arn:aws:iam::aws:policy/ReadOnlyAccess")), policy,
                null, List.of(new Tag("team", "blue"), new Tag("cost", "42")), List.of("team"), null, null, null, "alice", null);
        AssumeRoleResponse r = sts.assumeRole(root, in);
        assertTrue(r.packedPolicySize() > 0 && r.packedPolicySize() < 20, "packed " + r.packedPolicySize());
        assertEquals("alice", r.sourceIdentity());
        Credential c = access.credentials().find(r.credentials().accessKeyId()).orElseThrow();
        assertEquals(Map.of("team", "blue", "cost", "42"), c.sessionTags());
        assertEquals(List.of("team"), c.transitiveTagKeys());
        assertEquals(List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"), c.sessionPolicyArns());
        assertEquals("s3:GetObject", c.sessionPolicy().statements().getFirst().get("Action").asText());

        // Transitive tags and the source identity pass to the session a session assumes.
        AssumeRoleResponse chained = sts.assumeRole(context(r.credentials().accessKeyId()), assume(arn, "again"));
        Credential next = access.credentials().find(chained.credentials().accessKeyId()).orElseThrow();
        assertEquals(Map.of("team", "blue"), next.sessionTags());
        assertEquals("alice", next.sourceIdentity());

        AssumeRoleRequest principal = new AssumeRoleRequest(arn, "s", null, "{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", "
                + "\"Action\": \"s3:*\", \"Resource\": \"*\"}}", null, null, null, null, null, null, null, null);
        assertEquals("MalformedPolicyDocumentException", refused(() -> sts.assumeRole(root, principal)).code());
        AssumeRoleRequest broken = new AssumeRoleRequest(arn, "s", null, "{not json", null, null, null, null, null, null, null, null);
        assertEquals("MalformedPolicyDocumentException", refused(() -> sts.assumeRole(root, broken)).code());

        List<Tag> big = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            big.add(new Tag(i + "-" + java.util.UUID.randomUUID() + java.util.UUID.randomUUID(),
                    java.util.UUID.randomUUID() + "" + java.util.UUID.randomUUID() + java.util.UUID.randomUUID() + java.util.UUID.randomUUID()));
        }
        AssumeRoleRequest tooBig = new AssumeRoleRequest(arn, "s", null, null, null, big, null, null, null, null, null, null);
        AwsException e = refused(() -> sts.assumeRole(root, tooBig));
        assertEquals("PackedPolicyTooLargeException", e.code());
        assertTrue(e.getMessage().startsWith("Packed policy consumes "), e.getMessage());
    }

    @Test
    void tagsNeedTheTrustPolicyToAllowTagSession() {
        String arn = role("plain", "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"" + ACCOUNT + "\"}, \"Action\": \"sts:AssumeRole\"}", 3600);
        AssumeRoleRequest tagged = new AssumeRoleRequest(arn, "s", null, null, null, List.of(new Tag("a", "b")), null, null, null, null, null, null);
        assertEquals("User: " + ROOT_ARN + " is not authorized to perform: sts:TagSession on resource: " + arn,
                refused(() -> sts.assumeRole(root, tagged)).getMessage());
    }

    @Test
    void sessionsExpireByTheOneClockAndAreSweptLater() {
        String arn = role("brief", trusting("\"*\""), 3600);
        AssumeRoleRequest in = new AssumeRoleRequest(arn, "s", null, null, 900, null, null, null, null, null, null, null);
        String key = sts.assumeRole(root, in).credentials().accessKeyId();
        HttpRequest request = new HttpRequest("POST", "/", Map.of(), Map.of(), new byte[0]);
        access.authenticate(request, context(key));
        clock.advance(900_000);
        AuthFailure f = assertThrows(AuthFailure.class, () -> access.authenticate(request, context(key)));
        assertEquals(AuthFailure.Kind.EXPIRED_TOKEN, f.kind());
        assertEquals("The security token included in the request is expired", f.getMessage());
        clock.advance(1);
        store.write(tx -> access.credentials().deleteExpired(tx, Instant.ofEpochMilli(clock.millis())));
        assertTrue(access.credentials().find(key).isEmpty());
    }

    @Test
    void getSessionTokenForTheRootLastsAnHourAtMostAndNotForSessions() {
        var r = sts.getSessionToken(root, new GetSessionTokenRequest(7200, null, null));
        assertEquals(Instant.ofEpochMilli(clock.millis()).plusSeconds(3600), r.credentials().expiration());
        RequestContext withToken = context(r.credentials().accessKeyId());
        assertEquals(ROOT_ARN, sts.getCallerIdentity(withToken, new GetCallerIdentityRequest()).arn());
        AwsException e = refused(() -> sts.getSessionToken(withToken, new GetSessionTokenRequest(null, null, null)));
        assertEquals("AccessDenied", e.code());
        assertEquals("Cannot call GetSessionToken with session credentials", e.getMessage());
        assertEquals(ACCOUNT, sts.getAccessKeyInfo(root, new GetAccessKeyInfoRequest(r.credentials().accessKeyId())).account());
        assertEquals(ACCOUNT, sts.getAccessKeyInfo(root, new GetAccessKeyInfoRequest("AKIAIOSFODNN7EXAMPLE")).account());
    }

    @Test
    void lambdasSessionsOfRolesThatExistOrNot() {
        String arn = role("fn-role", trusting("{\"Service\": \"lambda.amazonaws.com\"}"), 3600);
        RoleSessions.Session s = sessions.assume(arn, "my-function", Principal.service("lambda.amazonaws.com"), Duration.ofHours(12));
        assertEquals("arn:aws:sts::" + ACCOUNT + ":assumed-role/fn-role/my-function", s.principal().id());
        assertEquals("AROAEXAMPLEFN-ROLE:my-function", s.assumedRoleId());
        assertEquals(Instant.ofEpochMilli(clock.millis()).plus(Duration.ofHours(12)), s.expiration());
        String gone = "arn:aws:iam::" + ACCOUNT + ":role/deleted";
        RoleSessions.Session g1 = sessions.assume(gone, "f", Principal.service("lambda.amazonaws.com"), Duration.ofHours(1));
        RoleSessions.Session g2 = sessions.assume(gone, "f", Principal.service("lambda.amazonaws.com"), Duration.ofHours(1));
        assertTrue(g1.assumedRoleId().startsWith("AROA"));
        assertEquals(g1.assumedRoleId(), g2.assumedRoleId());
        assertNotEquals(g1.accessKeyId(), g2.accessKeyId());
    }
}
