package dev.stratus.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.cloudwatch.api.DescribeAlarmHistoryInput;
import dev.stratus.cloudwatch.api.DescribeAlarmsInput;
import dev.stratus.cloudwatch.api.PutMetricAlarmInput;
import dev.stratus.platform.Ports;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Alarm history is kept two weeks, as AWS keeps it, not for ever (an alarm acting every minute adds an item each minute); alarm listings' MaxRecords. */
class AlarmHistoryRetentionTest {
    @Test
    void historyOlderThanTwoWeeksIsForgottenAsMinutesEnd() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:30Z").toEpochMilli());
        RequestContext ctx = new RequestContext("r", "monitoring", "op", "us-east-1", "000000000000", "test", "localhost:4566",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));
        try (SqliteStore store = SqliteStore.inMemory(); Timers timers = new Timers(store, clock); Jobs jobs = new Jobs(store, clock)) {
            store.migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
            store.migrate("cloudwatch.alarms", AlarmRepository.MIGRATIONS);
            ServiceMetrics metrics = new ServiceMetrics(new MetricStore());
            MinuteTick tick = new MinuteTick(clock, timers, metrics);
            MetricReader reader = new MetricReader();
            AlarmRepository repo = new AlarmRepository();
            Alarms alarms = new Alarms(store, clock, repo, new AlarmStates(clock, timers, jobs, new Ports(), repo, reader, new MetricQueries(reader),
                    metrics, tick));
            timers.start();
            tick.start();
            alarms.putMetricAlarm(ctx, Json.parse("{\"AlarmName\":\"a\",\"Namespace\":\"App\",\"MetricName\":\"Errors\",\"Statistic\":\"Sum\","
                    + "\"Period\":60,\"EvaluationPeriods\":1,\"Threshold\":5,\"ComparisonOperator\":\"GreaterThanThreshold\"}", PutMetricAlarmInput.class));
            DescribeAlarmHistoryInput all = Json.parse("{\"AlarmName\":\"a\"}", DescribeAlarmHistoryInput.class);
            int made = alarms.describeAlarmHistory(ctx, all).alarmHistoryItems().size();
            assertEquals(true, made > 0, "the alarm's creation is in its history");

            clock.advance(13L * 24 * 3_600_000);
            awaitTick(timers, store, clock);
            assertEquals(made, alarms.describeAlarmHistory(ctx, all).alarmHistoryItems().size(), "kept within two weeks");
            clock.advance(2L * 24 * 3_600_000);
            awaitTick(timers, store, clock);
            assertEquals(0, alarms.describeAlarmHistory(ctx, all).alarmHistoryItems().size(), "forgotten after two weeks");
        }
    }

    private static void awaitTick(Timers timers, SqliteStore store, ManualClock clock) throws InterruptedException {
        timers.wake();
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until && store.read(tx -> {
            var ps = tx.sql("SELECT COUNT(*) FROM stratus_timer WHERE due_at <= ?");
            ps.setLong(1, clock.millis());
            try (var rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        })) {
            Thread.sleep(10);
        }
    }

    @Test
    void maxRecordsOutsideOneToHundredIsRefusedNotA500() {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:30Z").toEpochMilli());
        RequestContext ctx = new RequestContext("r", "monitoring", "op", "us-east-1", "000000000000", "test", "localhost:4566",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));
        try (SqliteStore store = SqliteStore.inMemory(); Timers timers = new Timers(store, clock); Jobs jobs = new Jobs(store, clock)) {
            store.migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
            store.migrate("cloudwatch.alarms", AlarmRepository.MIGRATIONS);
            ServiceMetrics metrics = new ServiceMetrics(new MetricStore());
            MetricReader reader = new MetricReader();
            AlarmRepository repo = new AlarmRepository();
            Alarms alarms = new Alarms(store, clock, repo, new AlarmStates(clock, timers, jobs, new Ports(), repo, reader, new MetricQueries(reader),
                    metrics, new MinuteTick(clock, timers, metrics)));
            alarms.putMetricAlarm(ctx, Json.parse("{\"AlarmName\":\"a\",\"Namespace\":\"App\",\"MetricName\":\"Errors\",\"Statistic\":\"Sum\","
                    + "\"Period\":60,\"EvaluationPeriods\":1,\"Threshold\":5,\"ComparisonOperator\":\"GreaterThanThreshold\"}", PutMetricAlarmInput.class));
            for (String max : new String[] {"0", "-1", "101"}) {
                assertEquals("ValidationError", assertThrows(AwsException.class, () -> alarms.describeAlarms(ctx,
                        Json.parse("{\"MaxRecords\":" + max + "}", DescribeAlarmsInput.class))).code());
                assertEquals("ValidationError", assertThrows(AwsException.class, () -> alarms.describeAlarmHistory(ctx,
                        Json.parse("{\"MaxRecords\":" + max + "}", DescribeAlarmHistoryInput.class))).code());
            }
            assertEquals(1, alarms.describeAlarms(ctx, Json.parse("{\"MaxRecords\":1}", DescribeAlarmsInput.class)).metricAlarms().size());
        }
    }
}
