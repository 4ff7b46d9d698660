package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionResponse;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Lambda's code from S3 (CreateFunction, UpdateFunctionCode, PublishLayerVersion by S3Bucket/S3Key/S3ObjectVersion),
 * the Code.Location that serves a package back, and the Ruby runtimes, through the AWS SDK for Java v2.
 */
class LambdaS3CodeIT {
    /** A manual clock: a code link's ten minutes pass without waiting for them. */
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static LambdaClient lambda;
    static S3Client s3;
    static String role;
    static String bucket;

    @BeforeAll
    static void clients() {
        lambda = Clients.lambda(STRATUS.endpoint());
        s3 = Clients.s3(STRATUS.endpoint());
        role = TestRoles.lambda(STRATUS.endpoint());
        bucket = "code-" + UUID.randomUUID().toString().substring(0, 8);
        s3.createBucket(b -> b.bucket(bucket));
    }

    @AfterAll
    static void close() {
        lambda.close();
        s3.close();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The sample's package, put under {@code key}. */
    static byte[] upload(String key, byte[] zip) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(zip));
        return zip;
    }

    static CreateFunctionResponse create(String name, String runtime, String handler, String key) {
        return create(name, runtime, handler, c -> c.s3Bucket(bucket).s3Key(key));
    }

    static CreateFunctionResponse create(String name, String runtime, String handler,
                                        Consumer<software.amazon.awssdk.services.lambda.model.FunctionCode.Builder> code) {
        return lambda.createFunction(CreateFunctionRequest.builder().functionName(name).runtime(runtime).handler(handler).role(role)
                .code(code).build());
    }

    static HttpResponse<byte[]> download(String location) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String errorOf(Runnable call) {
        LambdaException e = assertThrows(LambdaException.class, call::run);
        return e.statusCode() + " " + e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
    }

    static JsonNode invoke(String name, String payload) throws Exception {
        InvokeResponse r = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String(payload)));
        JsonNode out = JSON.readTree(r.payload().asUtf8String());
        return r.functionError() == null ? out : JSON.createObjectNode().put("functionError", r.functionError()).set("payload", out);
    }

    @Test
    void aFunctionCreatedAndUpdatedFromS3RunsAndItsCodeLocationServesThePackageForTenMinutes() throws Exception {
        byte[] zip = upload("packages/python.zip", FunctionZips.of("python"));
        String name = unique("from-s3");
        CreateFunctionResponse created = create(name, "python3.12", "app.handler", "packages/python.zip");
        assertEquals(sha256(zip), created.codeSha256());
        assertEquals(zip.length, created.codeSize());
        assertEquals(7, invoke(name, "{\"action\": \"echo\", \"x\": 7}").at("/event/x").asInt());

        GetFunctionResponse got = lambda.getFunction(b -> b.functionName(name));
        assertEquals("S3", got.code().repositoryType());
        String location = got.code().location();
        assertTrue(location.startsWith(STRATUS.endpoint() + "/_stratus/lambda/code?"), location);
        HttpResponse<byte[]> served = download(location);
        assertEquals(200, served.statusCode());
        assertArrayEquals(zip, served.body());

        byte[] v2 = upload("packages/python-v2.zip", FunctionZips.withEntry("notes.txt", false));
        var updated = lambda.updateFunctionCode(b -> b.functionName(name).s3Bucket(bucket).s3Key("packages/python-v2.zip"));
        assertEquals(sha256(v2), updated.codeSha256());
        assertArrayEquals(v2, download(lambda.getFunction(b -> b.functionName(name)).code().location()).body());
        HttpResponse<byte[]> replaced = download(location);
        assertEquals(404, replaced.statusCode(), "an earlier link names the package it was made for, which no version holds any more");
        assertTrue(new String(replaced.body()).contains("<Code>NoSuchKey</Code>"));
        location = lambda.getFunction(b -> b.functionName(name)).code().location();

        HttpResponse<byte[]> forged = download(location.replaceFirst("X-Amz-Expires=600", "X-Amz-Expires=6000"));
        assertEquals(403, forged.statusCode());
        assertTrue(new String(forged.body()).contains("<Code>SignatureDoesNotMatch</Code>"));
        STRATUS.advance(Duration.ofMinutes(10).plusSeconds(1));
        HttpResponse<byte[]> expired = download(location);
        assertEquals(403, expired.statusCode());
        assertTrue(new String(expired.body()).contains("<Message>Request has expired</Message>"), new String(expired.body()));
    }

    @Test
    void aMissingBucketKeyOrVersionIsRefusedAsLambdaRefusesIt() {
        upload("packages/present.zip", FunctionZips.of("python"));
        String name = unique("missing");
        assertEquals("400 InvalidParameterValueException: Error occurred while GetObject. S3 Error Code: NoSuchKey. "
                + "S3 Error Message: The specified key does not exist.", errorOf(() -> create(name, "python3.12", "app.handler", "packages/absent.zip")));
        assertEquals("400 InvalidParameterValueException: Error occurred while GetObject. S3 Error Code: NoSuchBucket. "
                + "S3 Error Message: The specified bucket does not exist",
                errorOf(() -> create(name, "python3.12", "app.handler", c -> c.s3Bucket("no-such-bucket-" + name).s3Key("app.zip"))));
        assertEquals("400 InvalidParameterValueException: Error occurred while GetObject. S3 Error Code: NoSuchVersion. "
                + "S3 Error Message: The specified version does not exist.",
                errorOf(() -> create(name, "python3.12", "app.handler", c -> c.s3Bucket(bucket).s3Key("packages/present.zip")
                        .s3ObjectVersion("00060000000000000123456789abcdef"))));
        assertEquals("400 InvalidParameterValueException: Could not unzip uploaded file. Please check your file, then try to upload again.",
                errorOf(() -> {
                    upload("packages/readme.txt", "not a zip".getBytes());
                    create(name, "python3.12", "app.handler", "packages/readme.txt");
                }));

        create(name, "python3.12", "app.handler", "packages/present.zip");
        assertEquals("400 InvalidParameterValueException: Error occurred while GetObject. S3 Error Code: NoSuchKey. "
                + "S3 Error Message: The specified key does not exist.",
                errorOf(() -> lambda.updateFunctionCode(b -> b.functionName(name).s3Bucket(bucket).s3Key("packages/absent.zip"))));
        assertEquals("400 InvalidParameterValueException: Error occurred while GetObject. S3 Error Code: NoSuchKey. "
                + "S3 Error Message: The specified key does not exist.",
                errorOf(() -> lambda.publishLayerVersion(b -> b.layerName(unique("layer")).content(c -> c.s3Bucket(bucket).s3Key("layers/absent.zip")))));
    }

    @Test
    void aLayerIsPublishedFromS3AndItsContentLocationServesIt() throws Exception {
        byte[] zip = upload("layers/shared.zip", FunctionZips.of("layer"));
        String layer = unique("shared");
        PublishLayerVersionResponse published = lambda.publishLayerVersion(b -> b.layerName(layer).content(c -> c.s3Bucket(bucket).s3Key("layers/shared.zip")));
        assertEquals(sha256(zip), published.content().codeSha256());
        assertArrayEquals(zip, download(published.content().location()).body());
        assertArrayEquals(zip, download(lambda.getLayerVersion(b -> b.layerName(layer).versionNumber(published.version())).content().location()).body());
    }

    @Test
    void aCallerThatMayNotGetTheObjectIsDeniedByS3() {
        upload("packages/guarded.zip", FunctionZips.of("python"));
        String user = unique("deployer");
        AccessKey key;
        try (IamClient iam = Clients.iam(STRATUS.endpoint())) {
            iam.createUser(b -> b.userName(user));
            iam.putUserPolicy(b -> b.userName(user).policyName("deploy").policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                    + "\"Allow\",\"Action\":[\"lambda:*\",\"iam:PassRole\"],\"Resource\":\"*\"}]}"));
            key = iam.createAccessKey(b -> b.userName(user)).accessKey();
        }
        try (LambdaClient asDeployer = Clients.lambda(STRATUS.endpoint(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))) {
            String name = unique("guarded");
            assertEquals("403 AccessDeniedException: Your access has been denied by S3, please make sure your request credentials have permission to "
                    + "GetObject for " + bucket + "/packages/guarded.zip. S3 Error Code: AccessDenied. S3 Error Message: Access Denied",
                    errorOf(() -> asDeployer.createFunction(b -> b.functionName(name).runtime("python3.12").handler("app.handler").role(role)
                            .code(c -> c.s3Bucket(bucket).s3Key("packages/guarded.zip")))));
        }
    }

    // ---- Ruby

    static void assumeRuby() {
        boolean present;
        try {
            present = new ProcessBuilder("ruby", "-v").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "no ruby on this machine (./stratus test installs it where it can)");
    }

    @Test
    void aRubyFunctionGetsItsEventAsAHashAndAwsContext() throws Exception {
        assumeRuby();
        upload("packages/ruby.zip", FunctionZips.of("ruby"));
        String name = unique("ruby");
        create(name, "ruby3.3", "app.handler", "packages/ruby.zip");
        JsonNode out = invoke(name, "{\"x\": [1, 2]}");
        assertEquals("[1,2]", out.at("/event/x").toString());
        assertEquals(name, out.at("/functionName").asText());
        assertEquals("$LATEST", out.at("/functionVersion").asText());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:" + name, out.at("/invokedArn").asText());
        assertEquals("128", out.at("/memory").asText(), "a string, as AWS's runtime gives it");
        assertEquals("/aws/lambda/" + name, out.at("/logGroup").asText());
        assertTrue(out.at("/logStream").asText().contains("[$LATEST]"), out.toString());
        long remaining = out.at("/remainingMs").asLong();
        assertTrue(remaining > 1000 && remaining <= 3000, "counts down from the 3 s timeout: " + remaining);
        assertEquals("AWS_Lambda_ruby3.3", out.at("/executionEnv").asText());
        assertEquals(36, out.at("/requestId").asText().length());

        String total = unique("ruby-class");
        create(total, "ruby3.4", "app.Shop::Orders.total", "packages/ruby.zip");
        assertEquals(23, invoke(total, "{\"items\": [{\"price\": 5, \"quantity\": 3}, {\"price\": 8, \"quantity\": 1}]}").asInt());
    }

    @Test
    void aRubyErrorIsReportedAsAwsRubyRuntimeReportsIt() throws Exception {
        assumeRuby();
        String name = unique("ruby-fails");
        create(name, "ruby3.2", "app.handler", c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("ruby"))));
        JsonNode failed = invoke(name, "{\"action\": \"fail\", \"order\": 42}");
        assertEquals("Unhandled", failed.get("functionError").asText());
        JsonNode error = failed.get("payload");
        assertEquals("Function<OrderRejected>", error.get("errorType").asText());
        assertEquals("order 42 rejected", error.get("errorMessage").asText());
        assertTrue(error.at("/stackTrace/0").asText().matches(".*/app\\.rb:\\d+:in .*handler.*"), error.toString());
        assertEquals(1, error.get("stackTrace").size(), "the function's frames only, not the runtime's: " + error);
        assertNull(invoke(name, "{}").get("functionError"), "the environment serves the next event");
    }

    @Test
    void aRubyFunctionThatDoesNotLoadFailsItsInitAsAwsSays() throws Exception {
        assumeRuby();
        String broken = unique("ruby-syntax");
        create(broken, "ruby3.3", "app.handler", c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("ruby-syntax-error"))));
        JsonNode failed = invoke(broken, "{}");
        assertEquals("Unhandled", failed.get("functionError").asText());
        assertEquals("Init<SyntaxError>", failed.at("/payload/errorType").asText());
        assertTrue(failed.at("/payload/errorMessage").asText().contains("syntax error"), failed.toString());

        String missing = unique("ruby-missing");
        create(missing, "ruby3.3", "nowhere.handler", c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("ruby"))));
        JsonNode notFound = invoke(missing, "{}");
        assertEquals("Init<LoadError>", notFound.at("/payload/errorType").asText());
        assertEquals("cannot load such file -- nowhere", notFound.at("/payload/errorMessage").asText());
    }
}
