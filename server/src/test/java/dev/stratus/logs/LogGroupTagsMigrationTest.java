package dev.stratus.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.Tags;
import dev.stratus.store.SqliteStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data directory from before the platform's tag store keeps its log groups' tags. */
class LogGroupTagsMigrationTest {
    @Test
    void tagsMoveFromTheGroupRowToTheTagStore() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            store.migrate("logs", LogsRepository.MIGRATIONS.subList(0, 1));
            store.write(tx -> tx.update("INSERT INTO logs_group (account, region, name, created_at, log_group_class, tags) "
                    + "VALUES ('000000000000', 'us-east-1', '/app/a', 1, 'STANDARD', '{\"team\":\"a\"}')"));
            Tags.migrate(store);
            store.migrate("logs", LogsRepository.MIGRATIONS);
            assertEquals(Map.of("team", "a"), store.read(tx -> Tags.list(tx, "arn:aws:logs:us-east-1:000000000000:log-group:/app/a")));
            assertEquals("/app/a", store.read(tx -> new LogsRepository().group(tx, "000000000000", "us-east-1", "/app/a")).name(),
                    "the group reads without the old column");
        }
    }
}
