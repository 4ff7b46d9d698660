package dev.stratus.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.platform.Tags;
import dev.stratus.store.SqliteStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data directory from before the platform's tag store keeps its functions' tags. */
class FunctionTagsMigrationTest {
    @Test
    void tagsMoveFromTheSettingsToTheTagStore() {
        LambdaRepository.FunctionKey f = new LambdaRepository.FunctionKey("000000000000", "us-east-1", "fn");
        try (SqliteStore store = SqliteStore.inMemory()) {
            store.migrate("lambda", LambdaRepository.MIGRATIONS.subList(0, 1));
            LambdaRepository repo = new LambdaRepository();
            store.write(tx -> {
                repo.putSetting(tx, f, "tags", "", "{\"team\":\"a\",\"env\":\"dev\"}");
                repo.putSetting(tx, f, "concurrency", "", "5");
                return null;
            });
            Tags.migrate(store);
            store.migrate("lambda", LambdaRepository.MIGRATIONS);
            assertEquals(Map.of("team", "a", "env", "dev"), store.read(tx -> Tags.list(tx, f.arn())));
            assertNull(store.read(tx -> repo.setting(tx, f, "tags", "")), "the old setting is gone");
            assertEquals("5", store.read(tx -> repo.setting(tx, f, "concurrency", "")), "other settings stay");
        }
    }
}
