package dev.stratus.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.Tags;
import dev.stratus.store.SqliteStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data directory from before the platform's tag store keeps its queues' tags. */
class QueueTagsMigrationTest {
    @Test
    void tagsMoveFromTheQueueRowToTheTagStore() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            store.migrate("sqs", SqsRepository.MIGRATIONS.subList(0, 2));
            store.write(tx -> tx.update("INSERT INTO sqs_queue (account, region, name, attributes, tags, created_at, modified_at) "
                    + "VALUES ('000000000000', 'eu-west-1', 'q', '{}', '{\"team\":\"a\",\"empty\":\"\"}', 1, 1), "
                    + "('000000000000', 'eu-west-1', 'untagged', '{}', '{}', 1, 1)"));
            Tags.migrate(store);
            store.migrate("sqs", SqsRepository.MIGRATIONS);
            assertEquals(Map.of("team", "a", "empty", ""), store.read(tx -> Tags.list(tx, "arn:aws:sqs:eu-west-1:000000000000:q")));
            assertEquals(Map.of(), store.read(tx -> Tags.list(tx, "arn:aws:sqs:eu-west-1:000000000000:untagged")));
            assertEquals(2, store.read(tx -> new SqsRepository().allQueues(tx)).size(), "the queues read without the old column");
        }
    }
}
