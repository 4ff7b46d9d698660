package dev.stratus.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.Tags;
import dev.stratus.store.SqliteStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data directory from before the platform's tag store keeps its topics' tags. */
class TopicTagsMigrationTest {
    @Test
    void tagsMoveFromSnsTableToTheTagStore() {
        String arn = "arn:aws:sns:us-east-1:000000000000:t";
        try (SqliteStore store = SqliteStore.inMemory()) {
            store.migrate("sns", SnsRepository.MIGRATIONS.subList(0, 2));
            store.write(tx -> tx.update("INSERT INTO sns_tag (arn, tag_key, tag_value) VALUES (?, 'team', 'a'), (?, 'env', '')", arn, arn));
            Tags.migrate(store);
            store.migrate("sns", SnsRepository.MIGRATIONS);
            assertEquals(Map.of("team", "a", "env", ""), store.read(tx -> Tags.list(tx, arn)));
        }
    }
}
