package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * STS through the AWS SDK for Java v2 (awsQuery): who calls, role sessions and their expiry by the
 * one clock. Expected answers are AWS's (STS API reference: GetCallerIdentity's examples, AssumeRole's
 * errors) and the messages clients report from AWS.
 */
class StsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static final String ACCOUNT = "000000000000";
    static StsClient sts;
    static IamClient iam;

    @BeforeAll
    static void clients() {
        sts = Clients.sts(STRATUS.endpoint());
        iam = Clients.iam(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        sts.close();
        iam.close();
    }

    static String role(String trustedPrincipal, int maxSeconds) {
        String name = "role-" + UUID.randomUUID().toString().substring(0, 8);
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":" + trustedPrincipal
                + ",\"Action\":\"sts:AssumeRole\"}]}";
        return iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(trust).maxSessionDuration(maxSeconds)).role().arn();
    }

    static StaticCredentialsProvider keys(Credentials c) {
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken()));
    }

    static StsException refused(Runnable call) {
        return assertThrows(StsException.class, call::run);
    }

    @Test
    void theDefaultKeysAreTheAccountRoot() {
        GetCallerIdentityResponse me = sts.getCallerIdentity();
        assertEquals(ACCOUNT, me.userId());
        assertEquals(ACCOUNT, me.account());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":root", me.arn());
    }

    @Test
    void aSessionCallsAsTheAssumedRole() {
        String arn = role("{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"}", 3600);
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        AssumeRoleResponse r = sts.assumeRole(b -> b.roleArn(arn).roleSessionName("build-42"));
        assertTrue(r.credentials().accessKeyId().startsWith("ASIA"));
        assertEquals("arn:aws:sts::" + ACCOUNT + ":assumed-role/" + name + "/build-42", r.assumedRoleUser().arn());
        assertTrue(r.assumedRoleUser().assumedRoleId().matches("AROA[A-Z2-7]{17}:build-42"), r.assumedRoleUser().assumedRoleId());
        assertNull(r.packedPolicySize());
        try (StsClient session = Clients.sts(STRATUS.endpoint(), keys(r.credentials()))) {
            GetCallerIdentityResponse me = session.getCallerIdentity();
            assertEquals(r.assumedRoleUser().arn(), me.arn());
            assertEquals(r.assumedRoleUser().assumedRoleId(), me.userId());
            assertEquals(ACCOUNT, me.account());
            assertEquals(ACCOUNT, sts.getAccessKeyInfo(b -> b.accessKeyId(r.credentials().accessKeyId())).account());
        }
    }

    @Test
    void untrustedCallersAndMissingRolesAreDenied() {
        String arn = role("{\"Service\":\"lambda.amazonaws.com\"}", 3600);
        StsException e = refused(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("s1")));
        assertEquals("AccessDenied", e.awsErrorDetails().errorCode());
        assertEquals(403, e.statusCode());
        assertEquals("User: arn:aws:iam::" + ACCOUNT + ":root is not authorized to perform: sts:AssumeRole on resource: " + arn,
                e.awsErrorDetails().errorMessage());
        String missing = "arn:aws:iam::" + ACCOUNT + ":role/no-such-role";
        assertEquals("AccessDenied", refused(() -> sts.assumeRole(b -> b.roleArn(missing).roleSessionName("s1"))).awsErrorDetails().errorCode());
    }

    @Test
    void badInputIsAValidationError() {
        String arn = role("{\"AWS\":\"" + ACCOUNT + "\"}", 3600);
        StsException e = refused(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("s1").durationSeconds(7200)));
        assertEquals("ValidationError", e.awsErrorDetails().errorCode());
        assertEquals(400, e.statusCode());
        assertEquals("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.", e.awsErrorDetails().errorMessage());
        assertEquals("ValidationError", refused(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("has space"))).awsErrorDetails().errorCode());
        assertEquals("ValidationError", refused(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("s1").durationSeconds(899))).awsErrorDetails().errorCode());
        assertEquals("MalformedPolicyDocument", refused(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("s1").policy("{nope")))
                .awsErrorDetails().errorCode());
    }

    @Test
    void sessionsExpireByTheClockAsExpiredToken() {
        String arn = role("{\"AWS\":\"" + ACCOUNT + "\"}", 3600);
        iam.putRolePolicy(b -> b.roleName(arn.substring(arn.lastIndexOf('/') + 1)).policyName("list").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sqs:ListQueues\",\"Resource\":\"*\"}]}"));
        Credentials c = sts.assumeRole(b -> b.roleArn(arn).roleSessionName("brief").durationSeconds(900)).credentials();
        try (StsClient session = Clients.sts(STRATUS.endpoint(), keys(c)); SqsClient sqs = Clients.sqs(STRATUS.endpoint(), keys(c))) {
            session.getCallerIdentity();
            sqs.listQueues();
            STRATUS.advance(Duration.ofSeconds(901));
            StsException e = refused(session::getCallerIdentity);
            assertEquals("ExpiredToken", e.awsErrorDetails().errorCode());
            assertEquals(403, e.statusCode());
            assertEquals("The security token included in the request is expired", e.awsErrorDetails().errorMessage());
            AwsServiceException json = assertThrows(AwsServiceException.class, sqs::listQueues);
            assertEquals(400, json.statusCode());
            assertEquals("The security token included in the request is expired", json.awsErrorDetails().errorMessage());
        }
    }

    @Test
    void getSessionTokenForTheRoot() {
        Credentials c = sts.getSessionToken(b -> b.durationSeconds(7200)).credentials();
        assertTrue(c.accessKeyId().startsWith("ASIA"));
        try (StsClient session = Clients.sts(STRATUS.endpoint(), keys(c))) {
            assertEquals("arn:aws:iam::" + ACCOUNT + ":root", session.getCallerIdentity().arn());
            StsException e = refused(session::getSessionToken);
            assertEquals("AccessDenied", e.awsErrorDetails().errorCode());
            assertEquals("Cannot call GetSessionToken with session credentials", e.awsErrorDetails().errorMessage());
        }
    }
}
