package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * {@code --auth strict} through the AWS SDK for Java v2: signatures of the root's test/test and of
 * issued keys are accepted in each protocol (awsQuery STS, awsJson SQS, restJson Lambda); a wrong
 * secret, an unknown key, a session key without its token or with a forged one are refused with the
 * codes each protocol's front door answers.
 */
class StrictAuthIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().strictAuth();

    static AwsCredentialsProvider basic(String key, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret));
    }

    static AwsCredentialsProvider session(String key, String secret, String token) {
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(key, secret, token));
    }

    static AwsServiceException refused(Runnable call) {
        return assertThrows(AwsServiceException.class, call::run);
    }

    Credentials assumed() {
        String name = "strict-" + UUID.randomUUID().toString().substring(0, 8);
        try (var iam = Clients.iam(STRATUS.endpoint()); StsClient sts = Clients.sts(STRATUS.endpoint())) {
            String arn = iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                    + "\"Allow\",\"Principal\":{\"AWS\":\"000000000000\"},\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
            // What the session does below, and no more.
            iam.putRolePolicy(b -> b.roleName(name).policyName("strict").policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                    + "\"Allow\",\"Action\":[\"sqs:*\",\"lambda:*\",\"sts:GetCallerIdentity\"],\"Resource\":\"*\"}]}"));
            return sts.assumeRole(b -> b.roleArn(arn).roleSessionName("strict")).credentials();
        }
    }

    @Test
    void theRootsKeysAndIssuedKeysAreAcceptedInEveryProtocol() {
        Credentials c = assumed();
        AwsCredentialsProvider keys = session(c.accessKeyId(), c.secretAccessKey(), c.sessionToken());
        try (StsClient sts = Clients.sts(STRATUS.endpoint(), keys); SqsClient sqs = Clients.sqs(STRATUS.endpoint(), keys);
             LambdaClient lambda = Clients.lambda(STRATUS.endpoint(), keys)) {
            assertEquals("arn:aws:sts::000000000000:assumed-role/" + "strict-", sts.getCallerIdentity().arn().replaceAll("strict-[0-9a-f]{8}/strict", "strict-"));
            sqs.createQueue(b -> b.queueName("strict-" + UUID.randomUUID()));
            lambda.listFunctions();
        }
        try (SqsClient sqs = Clients.sqs(STRATUS.endpoint(), Clients.TEST_KEYS)) {
            sqs.listQueues();
        }
    }

    @Test
    void aWrongSecretIsSignatureDoesNotMatch() {
        try (StsClient sts = Clients.sts(STRATUS.endpoint(), basic("test", "not-test")); SqsClient sqs = Clients.sqs(STRATUS.endpoint(), basic("test", "nope"));
             LambdaClient lambda = Clients.lambda(STRATUS.endpoint(), basic("test", "nope"))) {
            AwsServiceException e = refused(sts::getCallerIdentity);
            assertEquals("SignatureDoesNotMatch", e.awsErrorDetails().errorCode());
            assertEquals(403, e.statusCode());
            assertEquals("The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and "
                    + "signing method. Consult the service documentation for details.", e.awsErrorDetails().errorMessage());
            AwsServiceException json = refused(sqs::listQueues);
            assertEquals(400, json.statusCode());
            AwsServiceException rest = refused(lambda::listFunctions);
            assertEquals("InvalidSignatureException", rest.awsErrorDetails().errorCode());
            assertEquals(403, rest.statusCode());
        }
    }

    @Test
    void unknownKeysAndForgedTokensAreInvalidClientTokenId() {
        Credentials c = assumed();
        try (StsClient unknown = Clients.sts(STRATUS.endpoint(), basic("AKIAIOSFODNN7EXAMPLE", "x"));
             StsClient noToken = Clients.sts(STRATUS.endpoint(), basic(c.accessKeyId(), c.secretAccessKey()));
             StsClient forged = Clients.sts(STRATUS.endpoint(), session(c.accessKeyId(), c.secretAccessKey(), "forged" + c.sessionToken()));
             LambdaClient lambda = Clients.lambda(STRATUS.endpoint(), basic("AKIAIOSFODNN7EXAMPLE", "x"))) {
            for (StsClient client : new StsClient[] {unknown, noToken, forged}) {
                AwsServiceException e = refused(client::getCallerIdentity);
                assertEquals("InvalidClientTokenId", e.awsErrorDetails().errorCode());
                assertEquals(403, e.statusCode());
                assertEquals("The security token included in the request is invalid.", e.awsErrorDetails().errorMessage());
            }
            AwsServiceException rest = refused(lambda::listFunctions);
            assertEquals("UnrecognizedClientException", rest.awsErrorDetails().errorCode());
            assertEquals(403, rest.statusCode());
        }
    }

    @Test
    void unsignedRequestsAreRefused() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(STRATUS.endpoint() + "/?Action=GetCallerIdentity&Version=2011-06-15"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, r.statusCode());
        assertEquals(true, r.body().contains("<Code>MissingAuthenticationToken</Code>"), r.body());
    }
}
