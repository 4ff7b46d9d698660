package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathResponse;
import software.amazon.awssdk.services.ssm.model.GetParametersResponse;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.ParameterHistory;
import software.amazon.awssdk.services.ssm.model.ParameterMetadata;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.ParameterStringFilter;
import software.amazon.awssdk.services.ssm.model.ParameterTier;
import software.amazon.awssdk.services.ssm.model.ParameterType;
import software.amazon.awssdk.services.ssm.model.ResourceTypeForTagging;
import software.amazon.awssdk.services.ssm.model.SsmException;
import software.amazon.awssdk.services.ssm.model.Tag;

/**
 * Parameter Store through the AWS SDK for Java v2 (JSON 1.1): AWS's shapes (ARN, Selector,
 * DataType), versions and labels, hierarchies and filters, SecureStrings through KMS, the
 * Expiration policy on a moved clock, and AWS's errors for bad input.
 */
class SsmJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static SsmClient ssm;
    static KmsClient kms;

    @BeforeAll
    static void clients() {
        ssm = Clients.ssm(STRATUS.endpoint());
        kms = Clients.kms(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        ssm.close();
        kms.close();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static SsmException refused(Runnable call) {
        return assertThrows(SsmException.class, call::run);
    }

    @Test
    void aStringParameterHasVersionsLabelsAndHistory() {
        String name = "/" + unique("app") + "/db/host";
        assertEquals(1L, ssm.putParameter(b -> b.name(name).value("db1").type(ParameterType.STRING).description("the host")).version());
        SsmException exists = refused(() -> ssm.putParameter(b -> b.name(name).value("db2").type(ParameterType.STRING)));
        assertEquals("ParameterAlreadyExists", exists.awsErrorDetails().errorCode());
        assertEquals(2L, ssm.putParameter(b -> b.name(name).value("db2").overwrite(true)).version(), "the type stays when not given again");

        Parameter p = ssm.getParameter(b -> b.name(name)).parameter();
        assertEquals("db2", p.value());
        assertEquals(ParameterType.STRING, p.type());
        assertEquals(2L, p.version());
        assertEquals("text", p.dataType());
        assertEquals("arn:aws:ssm:us-east-1:000000000000:parameter" + name, p.arn(), "the ARN has the name's slash once");
        assertNull(p.selector());

        assertEquals(1L, ssm.labelParameterVersion(b -> b.name(name).parameterVersion(1L).labels("stable", "aws-bad", "9lives")).parameterVersion());
        Parameter labelled = ssm.getParameter(b -> b.name(name + ":stable")).parameter();
        assertEquals("db1", labelled.value());
        assertEquals(":stable", labelled.selector());
        assertEquals("db1", ssm.getParameter(b -> b.name(name + ":1")).parameter().value());
        assertEquals("ParameterVersionNotFound", refused(() -> ssm.getParameter(b -> b.name(name + ":7"))).awsErrorDetails().errorCode());
        assertEquals(List.of("aws-bad", "9lives"), ssm.labelParameterVersion(b -> b.name(name).labels("stable", "aws-bad", "9lives")).invalidLabels(),
                "invalid labels are answered, not refused; the valid one moves to the latest version");
        List<ParameterHistory> history = ssm.getParameterHistory(b -> b.name(name)).parameters();
        assertEquals(List.of(), history.get(0).labels());
        assertEquals(List.of("stable"), history.get(1).labels());
        assertEquals("the host", history.get(1).description(), "the description stays with the next version");

        assertEquals(List.of("stable"), ssm.unlabelParameterVersion(b -> b.name(name).parameterVersion(2L).labels("stable", "none")).removedLabels());
        ssm.deleteParameter(b -> b.name(name));
        assertEquals("ParameterNotFound", refused(() -> ssm.getParameter(b -> b.name(name))).awsErrorDetails().errorCode());
        assertThrows(ParameterNotFoundException.class, () -> ssm.deleteParameter(b -> b.name(name)));
    }

    @Test
    void aSingleLevelNameIsTheSameWithOrWithoutItsSlash() {
        String name = unique("flat");
        ssm.putParameter(b -> b.name(name).value("v").type(ParameterType.STRING_LIST));
        Parameter p = ssm.getParameter(b -> b.name("/" + name)).parameter();
        assertEquals(name, p.name());
        assertEquals("arn:aws:ssm:us-east-1:000000000000:parameter/" + name, p.arn());
        assertEquals("v", ssm.getParameter(b -> b.name(p.arn())).parameter().value(), "an ARN names the parameter too");
    }

    @Test
    void pathsListOneLevelOrAllWithFiltersAndPages() {
        String root = "/" + unique("tree");
        for (String n : List.of("/a", "/b", "/c/d", "/c/e/f")) {
            ssm.putParameter(b -> b.name(root + n).value(n).type(n.equals("/b") ? ParameterType.STRING_LIST : ParameterType.STRING));
        }
        assertEquals(List.of(root + "/a", root + "/b"), names(ssm.getParametersByPath(b -> b.path(root)).parameters()));
        List<String> all = new ArrayList<>();
        String token = null;
        do {
            String t = token;
            GetParametersByPathResponse page = ssm.getParametersByPath(b -> b.path(root).recursive(true).maxResults(1).nextToken(t));
            all.addAll(names(page.parameters()));
            token = page.nextToken();
        } while (token != null);
        assertEquals(List.of(root + "/a", root + "/b", root + "/c/d", root + "/c/e/f"), all);
        assertEquals(List.of(root + "/b"), names(ssm.getParametersByPath(b -> b.path(root).recursive(true)
                .parameterFilters(ParameterStringFilter.builder().key("Type").values("StringList").build())).parameters()));
        assertEquals("InvalidFilterKey", refused(() -> ssm.getParametersByPath(b -> b.path(root)
                .parameterFilters(ParameterStringFilter.builder().key("Name").values("x").build()))).awsErrorDetails().errorCode());
        assertEquals("InvalidNextToken", refused(() -> ssm.getParametersByPath(b -> b.path(root).nextToken("forged"))).awsErrorDetails().errorCode());

        List<ParameterMetadata> described = ssm.describeParameters(b -> b.parameterFilters(
                ParameterStringFilter.builder().key("Path").option("Recursive").values(root + "/c").build())).parameters();
        assertEquals(List.of(root + "/c/d", root + "/c/e/f"), described.stream().map(ParameterMetadata::name).toList());
        assertEquals(List.of(root + "/a"), ssm.describeParameters(b -> b.parameterFilters(
                ParameterStringFilter.builder().key("Name").option("BeginsWith").values(root + "/a").build())).parameters().stream()
                .map(ParameterMetadata::name).toList());
        assertEquals("InvalidFilterOption", refused(() -> ssm.describeParameters(b -> b.parameterFilters(
                ParameterStringFilter.builder().key("Type").option("Recursive").values("String").build()))).awsErrorDetails().errorCode());

        GetParametersResponse got = ssm.getParameters(b -> b.names(root + "/a", root + "/nope", root + "/b:1"));
        assertEquals(List.of(root + "/a", root + "/b"), names(got.parameters()));
        assertEquals(List.of(root + "/nope"), got.invalidParameters());
        assertEquals(List.of(root + "/a"), ssm.deleteParameters(b -> b.names(root + "/a", root + "/zz")).deletedParameters());
    }

    @Test
    void tagsAreKeptAndFilteredAndCannotComeWithOverwrite() {
        String name = "/" + unique("tagged");
        ssm.putParameter(b -> b.name(name).value("v").type(ParameterType.STRING).tags(Tag.builder().key("env").value("dev").build()));
        SsmException both = refused(() -> ssm.putParameter(b -> b.name(name).value("w").overwrite(true).tags(Tag.builder().key("a").value("b").build())));
        assertEquals("ValidationException", both.awsErrorDetails().errorCode());
        assertTrue(both.awsErrorDetails().errorMessage().startsWith("Invalid request: tags and overwrite can't be used together."));
        ssm.addTagsToResource(b -> b.resourceType(ResourceTypeForTagging.PARAMETER).resourceId(name).tags(Tag.builder().key("team").value("core").build()));
        assertEquals(List.of("env", "team"), ssm.listTagsForResource(b -> b.resourceType(ResourceTypeForTagging.PARAMETER).resourceId(name)).tagList()
                .stream().map(Tag::key).toList());
        assertEquals(List.of(name), ssm.describeParameters(b -> b.parameterFilters(ParameterStringFilter.builder().key("tag:team").values("core").build()))
                .parameters().stream().map(ParameterMetadata::name).toList());
        ssm.removeTagsFromResource(b -> b.resourceType(ResourceTypeForTagging.PARAMETER).resourceId(name).tagKeys("env"));
        assertEquals(1, ssm.listTagsForResource(b -> b.resourceType(ResourceTypeForTagging.PARAMETER).resourceId(name)).tagList().size());
        assertEquals("InvalidResourceId", refused(() -> ssm.listTagsForResource(b -> b.resourceType(ResourceTypeForTagging.PARAMETER)
                .resourceId("/no/such"))).awsErrorDetails().errorCode());
    }

    @Test
    void secureStringsAreEncryptedWithTheDefaultOrANamedKey() {
        String name = "/" + unique("secure") + "/password";
        ssm.putParameter(b -> b.name(name).value("hunter2").type(ParameterType.SECURE_STRING));
        Parameter sealed = ssm.getParameter(b -> b.name(name)).parameter();
        assertNotEquals("hunter2", sealed.value(), "without decryption the ciphertext is answered");
        assertEquals("hunter2", ssm.getParameter(b -> b.name(name).withDecryption(true)).parameter().value());
        assertEquals("alias/aws/ssm", ssm.describeParameters(b -> b.parameterFilters(ParameterStringFilter.builder().key("Name").values(name).build()))
                .parameters().getFirst().keyId());

        String keyId = kms.createKey(b -> b.description("for parameters")).keyMetadata().keyId();
        String other = "/" + unique("secure") + "/token";
        ssm.putParameter(b -> b.name(other).value("t0k3n").type(ParameterType.SECURE_STRING).keyId(keyId));
        assertEquals("t0k3n", ssm.getParameters(b -> b.names(other).withDecryption(true)).parameters().getFirst().value());
        assertEquals("t0k3n", ssm.getParameterHistory(b -> b.name(other).withDecryption(true)).parameters().getFirst().value());
        String big = "b".repeat(8000);
        ssm.putParameter(b -> b.name(other + "-big").value(big).type(ParameterType.SECURE_STRING).keyId(keyId).tier(ParameterTier.ADVANCED));
        assertEquals(big, ssm.getParameter(b -> b.name(other + "-big").withDecryption(true)).parameter().value(), "8 KB, under a data key");
        kms.disableKey(b -> b.keyId(keyId));
        assertEquals("InvalidKeyId", refused(() -> ssm.getParameter(b -> b.name(other).withDecryption(true))).awsErrorDetails().errorCode(),
                "a disabled key cannot decrypt");
        assertEquals("InvalidKeyId", refused(() -> ssm.putParameter(b -> b.name(other + "2").value("x").type(ParameterType.SECURE_STRING)
                .keyId("alias/none"))).awsErrorDetails().errorCode());
    }

    @Test
    void tiersHoldTheirSizesAndAdvancedParametersExpire() {
        String big = "x".repeat(5000);
        String name = "/" + unique("tier");
        SsmException tooBig = refused(() -> ssm.putParameter(b -> b.name(name).value(big).type(ParameterType.STRING)));
        assertEquals("ValidationException", tooBig.awsErrorDetails().errorCode());
        assertEquals(ParameterTier.ADVANCED, ssm.putParameter(b -> b.name(name).value(big).type(ParameterType.STRING)
                .tier(ParameterTier.INTELLIGENT_TIERING)).tier());
        assertEquals("ValidationException", refused(() -> ssm.putParameter(b -> b.name(name).value("small").overwrite(true)
                .tier(ParameterTier.STANDARD))).awsErrorDetails().errorCode(), "an advanced parameter is not downgraded");

        String expiring = "/" + unique("expiring");
        String at = Instant.ofEpochMilli(STRATUS.clock().millis()).plus(Duration.ofHours(1)).toString();
        String policies = "[{\"Type\":\"Expiration\",\"Version\":\"1.0\",\"Attributes\":{\"Timestamp\":\"" + at + "\"}},"
                + "{\"Type\":\"NoChangeNotification\",\"Version\":\"1.0\",\"Attributes\":{\"After\":\"20\",\"Unit\":\"Days\"}}]";
        assertEquals(ParameterTier.ADVANCED, ssm.putParameter(b -> b.name(expiring).value("v").type(ParameterType.STRING)
                .tier(ParameterTier.INTELLIGENT_TIERING).policies(policies)).tier());
        ParameterMetadata m = ssm.describeParameters(b -> b.parameterFilters(ParameterStringFilter.builder().key("Name").values(expiring).build()))
                .parameters().getFirst();
        assertEquals(List.of("Expiration", "NoChangeNotification"), m.policies().stream().map(p -> p.policyType()).toList());
        assertEquals("InvalidPolicyTypeException", refused(() -> ssm.putParameter(b -> b.name(expiring).value("v").overwrite(true)
                .policies("[{\"Type\":\"Forever\",\"Version\":\"1.0\",\"Attributes\":{}}]"))).awsErrorDetails().errorCode());
        STRATUS.advance(Duration.ofHours(2));
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && !ssm.getParameters(b -> b.names(expiring)).parameters().isEmpty()) {
            sleep();
        }
        assertEquals(List.of(expiring), ssm.getParameters(b -> b.names(expiring)).invalidParameters(), "the Expiration policy deleted it");
    }

    @Test
    void badNamesPatternsAndTypesAreRefusedAsAwsRefusesThem() {
        assertEquals("ValidationException", refused(() -> ssm.putParameter(b -> b.name("ssm-thing").value("v").type(ParameterType.STRING)))
                .awsErrorDetails().errorCode());
        assertEquals("ValidationException", refused(() -> ssm.putParameter(b -> b.name("a/b").value("v").type(ParameterType.STRING)))
                .awsErrorDetails().errorCode());
        assertEquals("HierarchyLevelLimitExceededException", refused(() -> ssm.putParameter(b -> b.name("/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16")
                .value("v").type(ParameterType.STRING))).awsErrorDetails().errorCode());
        String name = "/" + unique("pattern");
        assertEquals("ParameterPatternMismatchException", refused(() -> ssm.putParameter(b -> b.name(name).value("abc")
                .type(ParameterType.STRING).allowedPattern("^\\d+$"))).awsErrorDetails().errorCode());
        ssm.putParameter(b -> b.name(name).value("123").type(ParameterType.STRING).allowedPattern("^\\d+$"));
        assertEquals("ParameterPatternMismatchException", refused(() -> ssm.putParameter(b -> b.name(name).value("x").overwrite(true)))
                .awsErrorDetails().errorCode(), "the pattern stays with the parameter");
        assertEquals("ValidationException", refused(() -> ssm.putParameter(b -> b.name("/" + unique("untyped")).value("v"))).awsErrorDetails()
                .errorCode());
        assertEquals("ValidationException", refused(() -> ssm.putParameter(b -> b.name("/" + unique("dt")).value("v").type(ParameterType.STRING)
                .dataType("aws:ec2:Image"))).awsErrorDetails().errorCode());
        SsmException notImplemented = refused(() -> ssm.listDocuments(b -> { }));
        assertEquals(501, notImplemented.statusCode(), "the rest of SSM answers 501");
    }

    static List<String> names(List<Parameter> ps) {
        return ps.stream().map(Parameter::name).toList();
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
