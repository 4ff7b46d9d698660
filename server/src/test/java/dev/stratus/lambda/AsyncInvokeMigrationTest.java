package dev.stratus.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.Json;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events the first versions accepted into their own table are owed as jobs after an upgrade, nothing dropped. */
class AsyncInvokeMigrationTest {

    @Test
    void eventsOfTheFirstVersionsBecomeJobs() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            eventsOfTheFirstVersionsBecomeJobs(store);
        }
    }

    @Test
    void eventsOfTheFirstVersionsBecomeJobsOnPostgresql() {
        try (PostgresStore store = PostgresStore.open(TestPostgres.freshDatabase())) {
            eventsOfTheFirstVersionsBecomeJobs(store);
        }
    }

    static void eventsOfTheFirstVersionsBecomeJobs(Store store) {
        try (Jobs jobs = new Jobs(store, new ManualClock(0))) { // makes the job table the events move into
            store.migrate("lambda-async", AsyncInvoke.MIGRATIONS.subList(0, 1));
            store.write(tx -> {
                tx.update("INSERT INTO lambda_event (request_id, account, region, function_name, qualifier, payload, enqueued_at, attempts, throttles, running) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "r-1", "000000000000", "us-east-1", "fn", null, "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                        100L, 1L, 3L, 1L);
                return tx.update("INSERT INTO lambda_event (request_id, account, region, function_name, qualifier, payload, enqueued_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", "r-2", "000000000000", "eu-west-1", "other-fn", "$LATEST", new byte[] {1, 2}, 200L);
            });
            store.migrate("lambda-async", AsyncInvoke.MIGRATIONS);
            List<Object[]> rows = store.read(tx -> {
                List<Object[]> out = new ArrayList<>();
                try (ResultSet rs = tx.sql("SELECT kind, spec, payload, first_at, due_at, attempts, throttles FROM stratus_job ORDER BY id").executeQuery()) {
                    while (rs.next()) {
                        out.add(new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getLong(4), rs.getLong(5), rs.getInt(6), rs.getInt(7)});
                    }
                }
                return out;
            });
            assertEquals(2, rows.size());
            assertEquals(AsyncInvoke.KIND, rows.get(0)[0]);
            assertEquals(new AsyncInvoke.Event("r-1", "000000000000", "us-east-1", "fn", null), Json.parse((String) rows.get(0)[1], AsyncInvoke.Event.class));
            assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), (byte[]) rows.get(0)[2]);
            assertEquals(List.of(100L, 100L, 1, 3), List.of(rows.get(0)[3], rows.get(0)[4], rows.get(0)[5], rows.get(0)[6]));
            assertEquals(new AsyncInvoke.Event("r-2", "000000000000", "eu-west-1", "other-fn", "$LATEST"),
                    Json.parse((String) rows.get(1)[1], AsyncInvoke.Event.class));
            assertArrayEquals(new byte[] {1, 2}, (byte[]) rows.get(1)[2]);
        }
    }
}
