package dev.stratus.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Functions;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.secretsmanager.api.CreateSecretRequest;
import dev.stratus.secretsmanager.api.DescribeSecretRequest;
import dev.stratus.secretsmanager.api.GetSecretValueRequest;
import dev.stratus.secretsmanager.api.PutSecretValueRequest;
import dev.stratus.secretsmanager.api.UpdateSecretVersionStageRequest;
import dev.stratus.platform.port.FakeKeys;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Secrets Manager against the service itself, on an in-memory store and a KMS that shows what it was asked. */
class SecretsManagerServiceTest {
    static final String ACCOUNT = "111122223333";
    static final Principal ALICE = new Principal(Principal.Type.USER, "arn:aws:iam::" + ACCOUNT + ":user/alice", ACCOUNT);
    static final Principal BOB = new Principal(Principal.Type.USER, "arn:aws:iam::" + ACCOUNT + ":user/bob", ACCOUNT);
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final FakeKeys keys = new FakeKeys();
    final Functions noFunctions = (caller, source, arn, payload) -> {
        throw new AwsException("ResourceNotFoundException", "Function not found: " + arn, 404);
    };
    final SecretsManagerService sm = new SecretsManagerService(store, clock, timers, jobs, new SecretValues(keys), noFunctions);

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    static RequestContext as(Principal p) {
        return new RequestContext("r", "secretsmanager", "op", "eu-west-1", ACCOUNT, "test", "localhost", p);
    }

    static CreateSecretRequest create(String name, String value, String kmsKeyId, String token) {
        return new CreateSecretRequest(name, token, null, kmsKeyId, null, value, null, null, null, null);
    }

    @Test
    void valuesAreEncryptedForTheirSecretAndVersionAndDecryptedForTheCaller() {
        var made = sm.createSecret(as(ALICE), create("db", "hunter2", null, "11111111-1111-1111-1111-111111111111"));
        assertEquals("generateDataKey " + ALICE.id() + " arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/managed-secretsmanager {SecretARN=" + made.arn()
                + ", SecretVersionId=11111111-1111-1111-1111-111111111111} via secretsmanager", keys.calls.getFirst());
        assertEquals("hunter2", sm.getSecretValue(as(BOB), new GetSecretValueRequest("db", null, null)).secretString());
        String big = "x".repeat(65_536);
        sm.putSecretValue(as(ALICE), new PutSecretValueRequest("db", null, null, big, null, null));
        assertEquals(big, sm.getSecretValue(as(BOB), new GetSecretValueRequest("db", null, null)).secretString(),
                "a value past KMS's 4 KB is sealed under a data key");
        assertTrue(keys.calls.getLast().startsWith("decrypt " + BOB.id()));

        keys.refusedCaller = BOB.id();
        AwsException refused = assertThrows(AwsException.class, () -> sm.getSecretValue(as(BOB), new GetSecretValueRequest("db", null, null)));
        assertEquals("AccessDeniedException", refused.code());
        assertEquals("Access to KMS is not allowed", refused.getMessage(), "as Secrets Manager answers a caller KMS refuses");
        assertEquals("EncryptionFailure", assertThrows(AwsException.class, () -> sm.createSecret(as(ALICE), create("other", "v", "alias/none", null)))
                .code());
    }

    @Test
    void stagingLabelsMoveWithAwsCurrent() {
        var made = sm.createSecret(as(ALICE), create("s", "one", null, null));
        String two = sm.putSecretValue(as(ALICE), new PutSecretValueRequest("s", null, null, "two", null, null)).versionId();
        String three = sm.putSecretValue(as(ALICE), new PutSecretValueRequest("s", null, null, "three", List.of("AWSPENDING"), null)).versionId();
        Map<String, List<String>> stages = sm.describeSecret(as(ALICE), new DescribeSecretRequest("s")).versionIdsToStages();
        assertEquals(Map.of(made.versionId(), List.of("AWSPREVIOUS"), two, List.of("AWSCURRENT"), three, List.of("AWSPENDING")), stages);
        sm.updateSecretVersionStage(as(ALICE), new UpdateSecretVersionStageRequest("s", "AWSCURRENT", two, three));
        stages = sm.describeSecret(as(ALICE), new DescribeSecretRequest("s")).versionIdsToStages();
        assertEquals(Map.of(two, List.of("AWSPREVIOUS"), three, List.of("AWSPENDING", "AWSCURRENT")), stages,
                "AWSPREVIOUS left the first version for the one AWSCURRENT left; the first has no label now");
        assertEquals("InvalidParameterException", assertThrows(AwsException.class, () -> sm.updateSecretVersionStage(as(ALICE),
                new UpdateSecretVersionStageRequest("s", "AWSCURRENT", three, null))).code(), "AWSCURRENT only moves");
    }

    @Test
    void aSecretIsFoundByNameFullArnOrArnWithoutItsSuffix() {
        var made = sm.createSecret(as(ALICE), create("app/key", "v", null, null));
        String partial = made.arn().substring(0, made.arn().length() - 7);
        for (String id : List.of("app/key", made.arn(), partial)) {
            assertEquals(made.arn(), sm.describeSecret(as(ALICE), new DescribeSecretRequest(id)).arn(), id);
        }
        assertEquals("ResourceNotFoundException", assertThrows(AwsException.class, () -> sm.describeSecret(as(ALICE),
                new DescribeSecretRequest(partial + "-zzzzzz"))).code());
    }
}
