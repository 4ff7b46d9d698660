package dev.stratus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.Tags;
import dev.stratus.store.SqliteStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data directory from before the platform's tag store keeps its buses' and rules' tags. */
class EventsTagsMigrationTest {
    @Test
    void tagsMoveFromEventsTableToTheTagStore() {
        String bus = "arn:aws:events:us-east-1:000000000000:event-bus/b";
        String rule = "arn:aws:events:us-east-1:000000000000:rule/r";
        try (SqliteStore store = SqliteStore.inMemory()) {
            store.migrate("events", EventsRepository.MIGRATIONS.subList(0, 3));
            store.write(tx -> tx.update("INSERT INTO events_tag (arn, tag_key, tag_value) VALUES (?, 'team', 'a'), (?, 'env', 'dev')", bus, rule));
            Tags.migrate(store);
            store.migrate("events", EventsRepository.MIGRATIONS);
            assertEquals(Map.of("team", "a"), store.read(tx -> Tags.list(tx, bus)));
            assertEquals(Map.of("env", "dev"), store.read(tx -> Tags.list(tx, rule)));
        }
    }
}
