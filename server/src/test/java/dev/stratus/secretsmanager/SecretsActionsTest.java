package dev.stratus.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.Actions.Check;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.FakeKeys;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.secretsmanager.api.CreateSecretRequest;
import dev.stratus.secretsmanager.api.Tag;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecretsActionsTest {
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final SecretsManagerService sm = new SecretsManagerService(store, clock, timers, jobs, new SecretValues(new FakeKeys()),
            (caller, source, arn, payload) -> null);
    final SecretsActions actions = new SecretsActions(sm);

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    static RequestContext op(String operation) {
        return new RequestContext("r", "secretsmanager", operation, "eu-west-1", "111122223333", "test", "localhost",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::111122223333:root", "111122223333"));
    }

    List<Check> checks(String operation, String input) {
        return actions.of(op(operation), Json.requestObject(input.getBytes()));
    }

    @Test
    void aSecretIsCheckedByItsFullArnWithItsTags() {
        String arn = sm.createSecret(op("CreateSecret"), new CreateSecretRequest("db", null, null, null, null, "v",
                List.of(new Tag("team", "core")), null, null, null)).arn();
        Check get = checks("GetSecretValue", "{\"SecretId\":\"db\",\"VersionStage\":\"AWSCURRENT\"}").getFirst();
        assertEquals("secretsmanager:GetSecretValue", get.action());
        assertEquals(arn, get.resource());
        assertEquals(Map.of("secretsmanager:SecretId", List.of(arn), "secretsmanager:ResourceTag/team", List.of("core"),
                "secretsmanager:VersionStage", List.of("AWSCURRENT")), get.context());
    }

    @Test
    void aSecretNotThereIsNamedByItsNameAndOperationsOnNoSecretByStar() {
        Check create = checks("CreateSecret", "{\"Name\":\"new\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}").getFirst();
        assertEquals("arn:aws:secretsmanager:eu-west-1:111122223333:secret:new", create.resource());
        assertEquals(Map.of("secretsmanager:Name", List.of("new"), "aws:RequestTag/k", List.of("v"), "aws:TagKeys", List.of("k")),
                create.context());
        assertEquals(List.of(Check.of("secretsmanager:GetRandomPassword", "*")), checks("GetRandomPassword", "{}"));
    }
}
