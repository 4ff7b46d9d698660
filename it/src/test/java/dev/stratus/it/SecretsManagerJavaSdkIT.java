package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.BatchGetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.Filter;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretsResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * Secrets Manager through the AWS SDK for Java v2 (JSON 1.1): versions and staging labels, names
 * and partial ARNs, idempotent tokens, deletion after a recovery window on a moved clock, filters,
 * policies, tags, random passwords, values through KMS, and rotation run by a Python function
 * through its four steps, at once and on schedule.
 */
class SecretsManagerJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static final String ROLE = "arn:aws:iam::000000000000:role/rotation-role";
    static SecretsManagerClient sm;
    static KmsClient kms;
    static LambdaClient lambda;

    @BeforeAll
    static void clients() {
        sm = Clients.secretsManager(STRATUS.endpoint());
        kms = Clients.kms(STRATUS.endpoint());
        lambda = Clients.lambda(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        sm.close();
        kms.close();
        lambda.close();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static SecretsManagerException refused(Runnable call) {
        return assertThrows(SecretsManagerException.class, call::run);
    }

    @Test
    void versionsMoveTheirStagingLabels() {
        String name = unique("app/db");
        CreateSecretResponse made = sm.createSecret(b -> b.name(name).secretString("one").description("the db"));
        assertTrue(made.arn().matches("arn:aws:secretsmanager:us-east-1:000000000000:secret:" + name + "-[A-Za-z0-9]{6}"), made.arn());
        String partial = made.arn().substring(0, made.arn().length() - 7);
        assertEquals("one", sm.getSecretValue(b -> b.secretId(partial)).secretString(), "an ARN without its suffix names the secret");

        String second = sm.putSecretValue(b -> b.secretId(name).secretString("two")).versionId();
        DescribeSecretResponse d = sm.describeSecret(b -> b.secretId(made.arn()));
        assertEquals(Map.of(made.versionId(), List.of("AWSPREVIOUS"), second, List.of("AWSCURRENT")), d.versionIdsToStages());
        assertEquals("the db", d.description());
        assertEquals("one", sm.getSecretValue(b -> b.secretId(name).versionStage("AWSPREVIOUS")).secretString());
        assertEquals("one", sm.getSecretValue(b -> b.secretId(name).versionId(made.versionId())).secretString());
        assertEquals("InvalidRequestException", refused(() -> sm.getSecretValue(b -> b.secretId(name).versionId(made.versionId())
                .versionStage("AWSCURRENT"))).awsErrorDetails().errorCode());

        String third = sm.updateSecret(b -> b.secretId(name).secretBinary(SdkBytes.fromUtf8String("three")).description("binary now")).versionId();
        GetSecretValueResponse current = sm.getSecretValue(b -> b.secretId(name));
        assertEquals("three", current.secretBinary().asUtf8String());
        assertNull(current.secretString());
        assertEquals(third, current.versionId());

        SecretsManagerException mustName = refused(() -> sm.updateSecretVersionStage(b -> b.secretId(name).versionStage("AWSCURRENT")
                .moveToVersionId(made.versionId())));
        assertEquals("InvalidParameterException", mustName.awsErrorDetails().errorCode());
        sm.updateSecretVersionStage(b -> b.secretId(name).versionStage("AWSCURRENT").moveToVersionId(made.versionId()).removeFromVersionId(third));
        assertEquals("one", sm.getSecretValue(b -> b.secretId(name)).secretString());
        assertEquals(third, sm.describeSecret(b -> b.secretId(name)).versionIdsToStages().entrySet().stream()
                .filter(e -> e.getValue().contains("AWSPREVIOUS")).findFirst().orElseThrow().getKey(), "AWSPREVIOUS follows AWSCURRENT's move");
        assertEquals(3, sm.listSecretVersionIds(b -> b.secretId(name).includeDeprecated(true)).versions().size(),
                "three versions, one of them without a label");
        assertEquals(2, sm.listSecretVersionIds(b -> b.secretId(name)).versions().size());
    }

    @Test
    void tokensMakeCreateAndPutIdempotent() {
        String name = unique("idem");
        String token = UUID.randomUUID().toString();
        CreateSecretResponse first = sm.createSecret(b -> b.name(name).secretString("v").clientRequestToken(token));
        CreateSecretResponse again = sm.createSecret(b -> b.name(name).secretString("v").clientRequestToken(token));
        assertEquals(first.arn(), again.arn());
        assertEquals(token, again.versionId());
        assertEquals("ResourceExistsException", refused(() -> sm.createSecret(b -> b.name(name).secretString("w").clientRequestToken(token)))
                .awsErrorDetails().errorCode());
        assertEquals("ResourceExistsException", refused(() -> sm.createSecret(b -> b.name(name).secretString("v"))).awsErrorDetails().errorCode());
        String put = UUID.randomUUID().toString();
        sm.putSecretValue(b -> b.secretId(name).secretString("x").clientRequestToken(put));
        assertEquals(put, sm.putSecretValue(b -> b.secretId(name).secretString("x").clientRequestToken(put)).versionId());
        assertEquals("ResourceExistsException", refused(() -> sm.putSecretValue(b -> b.secretId(name).secretString("y").clientRequestToken(put)))
                .awsErrorDetails().errorCode());
        assertEquals("InvalidParameterException", refused(() -> sm.createSecret(b -> b.name(unique("both")).secretString("s")
                .secretBinary(SdkBytes.fromUtf8String("b")))).awsErrorDetails().errorCode());
        assertEquals("InvalidParameterException", refused(() -> sm.createSecret(b -> b.name("bad name!")))
                .awsErrorDetails().errorCode());
        String empty = unique("empty");
        assertNull(sm.createSecret(b -> b.name(empty)).versionId(), "a secret may start without a value");
        assertEquals("ResourceNotFoundException", refused(() -> sm.getSecretValue(b -> b.secretId(empty))).awsErrorDetails().errorCode());
    }

    @Test
    void aDeletedSecretWaitsItsRecoveryWindow() {
        String name = unique("doomed");
        sm.createSecret(b -> b.name(name).secretString("v"));
        assertEquals("InvalidParameterException", refused(() -> sm.deleteSecret(b -> b.secretId(name).recoveryWindowInDays(3L)))
                .awsErrorDetails().errorCode());
        assertEquals("InvalidParameterException", refused(() -> sm.deleteSecret(b -> b.secretId(name).recoveryWindowInDays(7L)
                .forceDeleteWithoutRecovery(true))).awsErrorDetails().errorCode());
        assertNotNull(sm.deleteSecret(b -> b.secretId(name).recoveryWindowInDays(7L)).deletionDate());
        SecretsManagerException marked = refused(() -> sm.getSecretValue(b -> b.secretId(name)));
        assertEquals("InvalidRequestException", marked.awsErrorDetails().errorCode());
        assertEquals("You can't perform this operation on the secret because it was marked for deletion.", marked.awsErrorDetails().errorMessage());
        assertNotNull(sm.describeSecret(b -> b.secretId(name)).deletedDate());
        assertFalse(names(sm.listSecrets(b -> b.filters(nameFilter(name)))).contains(name));
        assertTrue(names(sm.listSecrets(b -> b.filters(nameFilter(name)).includePlannedDeletion(true))).contains(name));
        sm.restoreSecret(b -> b.secretId(name));
        assertEquals("v", sm.getSecretValue(b -> b.secretId(name)).secretString());

        sm.deleteSecret(b -> b.secretId(name).recoveryWindowInDays(7L));
        STRATUS.advance(Duration.ofDays(8));
        waitFor(() -> sm.listSecrets(b -> b.filters(nameFilter(name)).includePlannedDeletion(true)).secretList().isEmpty());
        assertEquals("ResourceNotFoundException", refused(() -> sm.describeSecret(b -> b.secretId(name))).awsErrorDetails().errorCode());
        String forced = unique("forced");
        sm.createSecret(b -> b.name(forced).secretString("v"));
        sm.deleteSecret(b -> b.secretId(forced).forceDeleteWithoutRecovery(true));
        assertEquals("ResourceNotFoundException", refused(() -> sm.describeSecret(b -> b.secretId(forced))).awsErrorDetails().errorCode());
        sm.createSecret(b -> b.name(forced).secretString("again"));
        assertEquals("again", sm.getSecretValue(b -> b.secretId(forced)).secretString(), "the name is free at once");
    }

    @Test
    void secretsAreListedByFiltersAndReadInBatches() {
        String prefix = unique("batch");
        List<String> arns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            arns.add(sm.createSecret(b -> b.name(prefix + "/s" + n).secretString("v" + n).tags(Tag.builder().key("team").value("t" + n).build())).arn());
        }
        List<String> paged = new ArrayList<>();
        String token = null;
        do {
            String t = token;
            ListSecretsResponse page = sm.listSecrets(b -> b.filters(nameFilter(prefix)).maxResults(2).nextToken(t).sortOrder("asc"));
            paged.addAll(names(page));
            token = page.nextToken();
        } while (token != null);
        assertEquals(List.of(prefix + "/s0", prefix + "/s1", prefix + "/s2"), paged);
        assertEquals(List.of(prefix + "/s1"), names(sm.listSecrets(b -> b.filters(nameFilter(prefix),
                Filter.builder().key(FilterNameStringType.TAG_VALUE).values("t1").build()))));
        assertEquals(2, names(sm.listSecrets(b -> b.filters(nameFilter(prefix), Filter.builder().key(FilterNameStringType.TAG_VALUE)
                .values("!t1").build()))).size(), "a value starting with ! excludes");

        BatchGetSecretValueResponse batch = sm.batchGetSecretValue(b -> b.secretIdList(arns.get(0), prefix + "/s2", prefix + "/none"));
        assertEquals(List.of("v0", "v2"), batch.secretValues().stream().map(v -> v.secretString()).toList());
        assertEquals("ResourceNotFoundException", batch.errors().getFirst().errorCode());
        assertEquals(3, sm.batchGetSecretValue(b -> b.filters(nameFilter(prefix))).secretValues().size());
        assertEquals("InvalidParameterException", refused(() -> sm.batchGetSecretValue(b -> b.secretIdList("a").filters(nameFilter(prefix))))
                .awsErrorDetails().errorCode());

        sm.untagResource(b -> b.secretId(arns.get(0)).tagKeys("team"));
        sm.tagResource(b -> b.secretId(arns.get(0)).tags(Tag.builder().key("k").value("v").build()));
        assertEquals(List.of(Tag.builder().key("k").value("v").build()), sm.describeSecret(b -> b.secretId(arns.get(0))).tags());
    }

    @Test
    void randomPasswordsKeepTheirOptions() {
        String p = sm.getRandomPassword(b -> { }).randomPassword();
        assertEquals(32, p.length());
        assertTrue(p.chars().anyMatch(Character::isDigit) && p.chars().anyMatch(Character::isUpperCase) && p.chars().anyMatch(Character::isLowerCase));
        String digits = sm.getRandomPassword(b -> b.passwordLength(50L).excludeLowercase(true).excludeUppercase(true).excludePunctuation(true)
                .excludeCharacters("0123")).randomPassword();
        assertTrue(digits.matches("[4-9]{50}"), digits);
        assertTrue(sm.getRandomPassword(b -> b.passwordLength(10L).includeSpace(true).excludeNumbers(true).excludePunctuation(true)
                .excludeLowercase(true).excludeUppercase(true)).randomPassword().isBlank());
        assertEquals("InvalidParameterException", refused(() -> sm.getRandomPassword(b -> b.excludeLowercase(true).excludeUppercase(true)
                .excludeNumbers(true).excludePunctuation(true))).awsErrorDetails().errorCode());
        assertNotEquals(sm.getRandomPassword(b -> { }).randomPassword(), sm.getRandomPassword(b -> { }).randomPassword());
    }

    @Test
    void resourcePoliciesAreCheckedKeptAndRemoved() {
        String name = unique("policy");
        sm.createSecret(b -> b.name(name).secretString("v"));
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
                + "\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}]}";
        sm.putResourcePolicy(b -> b.secretId(name).resourcePolicy(policy));
        assertEquals(policy, sm.getResourcePolicy(b -> b.secretId(name)).resourcePolicy());
        assertTrue(sm.validateResourcePolicy(b -> b.resourcePolicy(policy)).policyValidationPassed());
        assertEquals("MalformedPolicyDocumentException", refused(() -> sm.putResourcePolicy(b -> b.secretId(name).resourcePolicy("{nope")))
                .awsErrorDetails().errorCode());
        String open = policy.replace("{\"AWS\":\"arn:aws:iam::111122223333:root\"}", "\"*\"");
        assertEquals("PublicPolicyException", refused(() -> sm.putResourcePolicy(b -> b.secretId(name).resourcePolicy(open).blockPublicPolicy(true)))
                .awsErrorDetails().errorCode());
        sm.deleteResourcePolicy(b -> b.secretId(name));
        assertNull(sm.getResourcePolicy(b -> b.secretId(name)).resourcePolicy());
    }

    @Test
    void valuesAreEncryptedWithTheSecretsKey() {
        String keyId = kms.createKey(b -> b.description("for secrets")).keyMetadata().keyId();
        String name = unique("kms");
        sm.createSecret(b -> b.name(name).secretString("sealed").kmsKeyId(keyId));
        assertEquals(keyId, sm.describeSecret(b -> b.secretId(name)).kmsKeyId());
        assertEquals("sealed", sm.getSecretValue(b -> b.secretId(name)).secretString());
        String big = "z".repeat(65_536);
        sm.putSecretValue(b -> b.secretId(name).secretString(big));
        assertEquals(big, sm.getSecretValue(b -> b.secretId(name)).secretString(), "64 KB, past what KMS's Encrypt takes");
        kms.disableKey(b -> b.keyId(keyId));
        assertEquals("DecryptionFailure", refused(() -> sm.getSecretValue(b -> b.secretId(name))).awsErrorDetails().errorCode());
        assertEquals("EncryptionFailure", refused(() -> sm.putSecretValue(b -> b.secretId(name).secretString("new"))).awsErrorDetails().errorCode());
        assertEquals("EncryptionFailure", refused(() -> sm.createSecret(b -> b.name(unique("nokey")).secretString("v").kmsKeyId("alias/none")))
                .awsErrorDetails().errorCode());
    }

    @Test
    void aRotationFunctionRunsItsFourStepsAtOnceAndOnSchedule() {
        String function = rotationFunction();
        String name = unique("rotated");
        String first = sm.createSecret(b -> b.name(name).secretString("initial")).versionId();
        assertEquals("InvalidRequestException", refused(() -> sm.rotateSecret(b -> b.secretId(name))).awsErrorDetails().errorCode(),
                "no function yet");
        String token = sm.rotateSecret(b -> b.secretId(name).rotationLambdaARN(function).rotationRules(r -> r.automaticallyAfterDays(10L)))
                .versionId();
        waitFor(() -> sm.describeSecret(b -> b.secretId(name)).lastRotatedDate() != null);
        DescribeSecretResponse d = sm.describeSecret(b -> b.secretId(name));
        assertTrue(d.rotationEnabled());
        assertEquals(10L, d.rotationRules().automaticallyAfterDays());
        assertEquals(Map.of(first, List.of("AWSPREVIOUS"), token, List.of("AWSCURRENT")), d.versionIdsToStages());
        String rotated = sm.getSecretValue(b -> b.secretId(name)).secretString();
        assertNotEquals("initial", rotated);
        assertEquals(32, rotated.length());

        STRATUS.advance(Duration.ofDays(11));
        waitFor(() -> !sm.getSecretValue(b -> b.secretId(name)).secretString().equals(rotated));
        sm.cancelRotateSecret(b -> b.secretId(name));
        assertEquals(false, sm.describeSecret(b -> b.secretId(name)).rotationEnabled());

        String failing = unique("failing");
        sm.createSecret(b -> b.name(failing).secretString("stays").description("fail-at-testSecret"));
        String pending = sm.rotateSecret(b -> b.secretId(failing).rotationLambdaARN(function)).versionId();
        waitFor(() -> sm.describeSecret(b -> b.secretId(failing)).versionIdsToStages().get(pending) != null
                && sm.listSecretVersionIds(b -> b.secretId(failing)).versions().size() == 2
                && hasValue(failing, pending));
        assertEquals("stays", sm.getSecretValue(b -> b.secretId(failing)).secretString(), "a rotation that fails leaves AWSCURRENT where it was");
        assertEquals(List.of("AWSPENDING"), sm.describeSecret(b -> b.secretId(failing)).versionIdsToStages().get(pending));
        assertEquals("InvalidRequestException", refused(() -> sm.rotateSecret(b -> b.secretId(failing))).awsErrorDetails().errorCode(),
                "a rotation still pending");
    }

    static boolean hasValue(String secret, String versionId) {
        try {
            sm.getSecretValue(b -> b.secretId(secret).versionId(versionId));
            return true;
        } catch (SecretsManagerException notYet) {
            return false;
        }
    }

    /**
     * A rotation function as AWS needs one: an execution role Lambda may assume, and a permission
     * that lets Secrets Manager (secretsmanager.amazonaws.com) invoke it.
     */
    static String rotationFunction() {
        try (IamClient iam = Clients.iam(STRATUS.endpoint())) {
            iam.createRole(b -> b.roleName("rotation-role").assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                    + "\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
            // The function reads and writes the secret's versions through Secrets Manager, as AWS's rotation templates' roles allow.
            iam.putRolePolicy(b -> b.roleName("rotation-role").policyName("rotate").policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{"
                    + "\"Effect\":\"Allow\",\"Action\":[\"secretsmanager:DescribeSecret\",\"secretsmanager:GetSecretValue\",\"secretsmanager:PutSecretValue\","
                    + "\"secretsmanager:UpdateSecretVersionStage\",\"secretsmanager:GetRandomPassword\"],\"Resource\":\"*\"}]}"));
        } catch (EntityAlreadyExistsException madeBefore) {
            // the same role, made by an earlier test
        }
        String name = unique("rotator");
        String arn = lambda.createFunction(b -> b.functionName(name).runtime("python3.12").handler("app.handler").role(ROLE).timeout(30)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("rotation"))))).functionArn();
        waitFor(() -> lambda.getFunction(b -> b.functionName(name)).configuration().state() == State.ACTIVE);
        // As AWS's guide writes it: Secrets Manager, for secrets of this account (aws:SourceAccount).
        lambda.addPermission(b -> b.functionName(name).statementId("secretsmanager").action("lambda:InvokeFunction")
                .principal("secretsmanager.amazonaws.com").sourceAccount("000000000000"));
        return arn;
    }

    static Filter nameFilter(String prefix) {
        return Filter.builder().key(FilterNameStringType.NAME).values(prefix).build();
    }

    static List<String> names(ListSecretsResponse r) {
        return r.secretList().stream().map(SecretListEntry::name).toList();
    }

    static void waitFor(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
