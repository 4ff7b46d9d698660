package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.DashboardInvalidInputErrorException;
import software.amazon.awssdk.services.cloudwatch.model.DashboardNotFoundErrorException;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterValueException;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.RecentlyActive;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.StatisticSet;

/**
 * CloudWatch's metric operations through the AWS SDK for Java v2 (Smithy RPC v2 CBOR):
 * PutMetricData in its three forms with AWS's limits, GetMetricStatistics with exact percentiles,
 * GetMetricData with metric math and paging, ListMetrics, dashboards; time is the manual clock's.
 */
class CloudWatchMetricsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static CloudWatchClient cw;

    @BeforeAll
    static void clients() {
        cw = Clients.cloudWatch(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        cw.close();
    }

    private static Instant minute(int minutesAgo) {
        long now = STRATUS.clock().millis();
        return Instant.ofEpochMilli(now / 60_000 * 60_000).minus(Duration.ofMinutes(minutesAgo));
    }

    private static Dimension dim(String name, String value) {
        return Dimension.builder().name(name).value(value).build();
    }

    @Test
    void valuesWithCountsGiveExactPercentilesPerUnit() {
        Instant at = minute(30);
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            values.add((double) i);
        }
        cw.putMetricData(r -> r.namespace("Jit/Latency").metricData(
                MetricDatum.builder().metricName("Latency").dimensions(dim("Api", "orders")).timestamp(at).values(values)
                        .unit(StandardUnit.MILLISECONDS).build(),
                MetricDatum.builder().metricName("Latency").dimensions(dim("Api", "orders")).timestamp(at).value(7.0)
                        .unit(StandardUnit.SECONDS).build(),
                MetricDatum.builder().metricName("Latency").dimensions(dim("Api", "orders")).timestamp(at.plusSeconds(60))
                        .statisticValues(StatisticSet.builder().sampleCount(4.0).sum(10.0).minimum(1.0).maximum(4.0).build()).build()));
        List<Datapoint> ms = cw.getMetricStatistics(r -> r.namespace("Jit/Latency").metricName("Latency").dimensions(dim("Api", "orders"))
                .startTime(at).endTime(at.plusSeconds(120)).period(60).unit(StandardUnit.MILLISECONDS)
                .extendedStatistics("p99", "p50", "tm90")).datapoints();
        assertEquals(1, ms.size());
        assertEquals(99.0, ms.getFirst().extendedStatistics().get("p99"));
        assertEquals(50.0, ms.getFirst().extendedStatistics().get("p50"));
        assertEquals(45.5, ms.getFirst().extendedStatistics().get("tm90"));
        List<Datapoint> all = cw.getMetricStatistics(r -> r.namespace("Jit/Latency").metricName("Latency").dimensions(dim("Api", "orders"))
                .startTime(at).endTime(at.plusSeconds(120)).period(60).statistics(Statistic.SUM, Statistic.SAMPLE_COUNT)).datapoints();
        assertEquals(3, all.size(), "one datapoint per period and unit: " + all);
        assertTrue(all.stream().anyMatch(d -> d.unit() == StandardUnit.SECONDS && d.sum() == 7.0));
        assertTrue(all.stream().anyMatch(d -> d.unit() == StandardUnit.NONE && d.sampleCount() == 4.0));
    }

    @Test
    void putMetricDataRefusesWhatAwsRefuses() {
        InvalidParameterValueException aws = assertThrows(InvalidParameterValueException.class,
                () -> cw.putMetricData(r -> r.namespace("AWS/Lambda").metricData(MetricDatum.builder().metricName("x").value(1.0).build())));
        assertEquals("InvalidParameterValue", aws.awsErrorDetails().errorCode());
        assertThrows(InvalidParameterCombinationException.class, () -> cw.putMetricData(r -> r.namespace("Jit").metricData(
                MetricDatum.builder().metricName("x").value(1.0).values(1.0, 2.0).build())));
        assertThrows(InvalidParameterValueException.class, () -> cw.putMetricData(r -> r.namespace("Jit").metricData(
                MetricDatum.builder().metricName("x").value(1.0).timestamp(minute(0).plus(Duration.ofHours(3))).build())));
        assertThrows(InvalidParameterValueException.class, () -> cw.putMetricData(r -> r.namespace("Jit").metricData(
                MetricDatum.builder().metricName("x").value(1.0).timestamp(minute(0).minus(Duration.ofDays(15))).build())));
        assertThrows(InvalidParameterValueException.class, () -> cw.putMetricData(r -> r.namespace("Jit").metricData(
                MetricDatum.builder().metricName("x").value(1.0).storageResolution(10).build())));
        List<Dimension> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add(dim("d" + i, "v"));
        }
        assertThrows(CloudWatchException.class, () -> cw.putMetricData(r -> r.namespace("Jit").metricData(
                MetricDatum.builder().metricName("x").value(1.0).dimensions(many).build())));
        List<Double> tooMany = new ArrayList<>();
        for (int i = 0; i < 151; i++) {
            tooMany.add((double) i);
        }
        assertThrows(InvalidParameterValueException.class, () -> cw.putMetricData(r -> r.namespace("Jit").metricData(
                MetricDatum.builder().metricName("x").values(tooMany).build())));
    }

    @Test
    void getMetricStatisticsRefusesBadPeriodsAndTooManyDatapoints() {
        Instant start = minute(600);
        assertThrows(InvalidParameterValueException.class, () -> cw.getMetricStatistics(r -> r.namespace("Jit").metricName("x")
                .startTime(start).endTime(start.plusSeconds(3600)).period(90).statistics(Statistic.SUM)));
        InvalidParameterCombinationException many = assertThrows(InvalidParameterCombinationException.class,
                () -> cw.getMetricStatistics(r -> r.namespace("Jit").metricName("x").startTime(start).endTime(start.plus(Duration.ofDays(2)))
                        .period(60).statistics(Statistic.SUM)));
        assertTrue(many.getMessage().contains("exceeds the limit of 1,440"), many.getMessage());
        assertThrows(InvalidParameterValueException.class, () -> cw.getMetricStatistics(r -> r.namespace("Jit").metricName("x")
                .startTime(start).endTime(start.plusSeconds(3600)).period(60).extendedStatistics("p101")));
    }

    @Test
    void getMetricDataEvaluatesMathAndPagesNewestFirst() {
        Instant at = minute(20);
        List<MetricDatum> data = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            data.add(MetricDatum.builder().metricName("Errors").timestamp(at.plusSeconds(60L * i)).value((double) i).build());
            data.add(MetricDatum.builder().metricName("Invocations").timestamp(at.plusSeconds(60L * i)).value(10.0).build());
        }
        cw.putMetricData(r -> r.namespace("Jit/Math").metricData(data));
        List<MetricDataQuery> queries = List.of(
                stat("errors", "Errors", false), stat("invocations", "Invocations", false),
                MetricDataQuery.builder().id("rate").expression("100 * errors / invocations").label("Error rate").build(),
                MetricDataQuery.builder().id("total").expression("SUM(METRICS())").build());
        GetMetricDataResponse first = cw.getMetricData(r -> r.metricDataQueries(queries).startTime(at).endTime(at.plusSeconds(600))
                .maxDatapoints(15));
        MetricDataResult rate = first.metricDataResults().getFirst();
        assertEquals("Error rate", rate.label());
        assertEquals(10, rate.values().size());
        assertEquals(90.0, rate.values().getFirst(), "newest first by default");
        assertEquals("PartialData", first.metricDataResults().get(1).statusCodeAsString());
        assertNotNull(first.nextToken());
        GetMetricDataResponse second = cw.getMetricData(r -> r.metricDataQueries(queries).startTime(at).endTime(at.plusSeconds(600))
                .maxDatapoints(15).nextToken(first.nextToken()));
        assertEquals(0, second.metricDataResults().getFirst().values().size());
        assertEquals(5, second.metricDataResults().get(1).values().size());
        assertNull(second.nextToken());
        GetMetricDataResponse ascending = cw.getMetricData(r -> r.metricDataQueries(queries).startTime(at).endTime(at.plusSeconds(600))
                .scanBy(ScanBy.TIMESTAMP_ASCENDING));
        assertEquals(10.0, ascending.metricDataResults().get(1).values().getFirst());
        CloudWatchException bad = assertThrows(CloudWatchException.class, () -> cw.getMetricData(r -> r.metricDataQueries(
                MetricDataQuery.builder().id("e1").expression("errors +").build(), stat("errors", "Errors", false))
                .startTime(at).endTime(at.plusSeconds(600))));
        assertEquals("ValidationError", bad.awsErrorDetails().errorCode());
        assertThrows(CloudWatchException.class, () -> cw.getMetricData(r -> r.metricDataQueries(queries).startTime(at)
                .endTime(at.plusSeconds(600)).nextToken("forged")));
    }

    private static MetricDataQuery stat(String id, String name, boolean returnData) {
        return MetricDataQuery.builder().id(id).returnData(returnData).metricStat(s -> s.period(60).stat("Sum")
                .metric(m -> m.namespace("Jit/Math").metricName(name))).build();
    }

    @Test
    void listMetricsFiltersByDimensionsAndRecentActivity() {
        cw.putMetricData(r -> r.namespace("Jit/List").metricData(
                MetricDatum.builder().metricName("Old").dimensions(dim("Host", "a")).timestamp(minute(60 * 5)).value(1.0).build(),
                MetricDatum.builder().metricName("New").dimensions(dim("Host", "b"), dim("Az", "x")).timestamp(minute(1)).value(1.0).build()));
        List<Metric> byHost = cw.listMetrics(r -> r.namespace("Jit/List").dimensions(DimensionFilter.builder().name("Host").build())).metrics();
        assertEquals(2, byHost.size());
        List<Metric> b = cw.listMetrics(r -> r.namespace("Jit/List").dimensions(DimensionFilter.builder().name("Host").value("b").build()))
                .metrics();
        assertEquals(List.of("New"), b.stream().map(Metric::metricName).toList());
        List<Metric> recent = cw.listMetrics(r -> r.namespace("Jit/List").recentlyActive(RecentlyActive.PT3_H)).metrics();
        assertEquals(List.of("New"), recent.stream().map(Metric::metricName).toList());
        assertThrows(CloudWatchException.class, () -> cw.listMetrics(r -> r.nextToken("forged")));
    }

    @Test
    void dashboardsAreStoredListedAndDeletedAllOrNone() {
        cw.putDashboard(r -> r.dashboardName("jit-a").dashboardBody("{\"widgets\":[]}"));
        cw.putDashboard(r -> r.dashboardName("jit-b").dashboardBody("{\"widgets\":[{\"type\":\"text\"}]}"));
        assertEquals("{\"widgets\":[]}", cw.getDashboard(r -> r.dashboardName("jit-a")).dashboardBody());
        assertEquals("arn:aws:cloudwatch::000000000000:dashboard/jit-a", cw.getDashboard(r -> r.dashboardName("jit-a")).dashboardArn());
        assertEquals(2, cw.listDashboards(r -> r.dashboardNamePrefix("jit-")).dashboardEntries().size());
        assertThrows(DashboardInvalidInputErrorException.class, () -> cw.putDashboard(r -> r.dashboardName("jit-c").dashboardBody("{}")));
        assertThrows(DashboardInvalidInputErrorException.class, () -> cw.putDashboard(r -> r.dashboardName("jit c").dashboardBody("{\"widgets\":[]}")));
        assertThrows(DashboardNotFoundErrorException.class, () -> cw.deleteDashboards(r -> r.dashboardNames("jit-a", "jit-missing")));
        assertEquals(2, cw.listDashboards(r -> r.dashboardNamePrefix("jit-")).dashboardEntries().size());
        cw.deleteDashboards(r -> r.dashboardNames("jit-a", "jit-b"));
        assertThrows(DashboardNotFoundErrorException.class, () -> cw.getDashboard(r -> r.dashboardName("jit-a")));
    }
}
