package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.MetricStore.MetricKey;
import dev.stratus.cloudwatch.api.Dimension;
import dev.stratus.cloudwatch.api.MetricDataQuery;
import dev.stratus.cloudwatch.api.MetricStat;
import dev.stratus.protocol.AwsException;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GetMetricData's evaluation of metric queries (MetricStat and metric math), shared by
 * GetMetricData and metric-math alarms.
 */
final class MetricQueries {

    /** One query's result: its timestamps (ascending, epoch millis) and the value at each. */
    record Series(String id, String label, List<Long> timestamps, List<Double> values) {
    }

    private final MetricReader reader;

    MetricQueries(MetricReader reader) {
        this.reader = reader;
    }

    /**
     * GetMetricData's evaluation: each query's series (timestamps ascending) over [startMillis,
     * endMillis), for the queries with ReturnData true (or absent), in the order given.
     */
    List<Series> evaluate(Tx tx, String account, String region, List<MetricDataQuery> queries, long startMillis, long endMillis)
            throws SQLException {
        List<Series> out = new ArrayList<>();
        for (MetricDataQuery q : queries) {
            if (q.metricStat() == null) {
                throw new AwsException("ValidationError", "Metric math expressions are not evaluated yet.");
            }
            if (!Boolean.FALSE.equals(q.returnData())) {
                out.add(stat(tx, account, region, q, startMillis, endMillis));
            }
        }
        return out;
    }

    private Series stat(Tx tx, String account, String region, MetricDataQuery q, long startMillis, long endMillis) throws SQLException {
        MetricStat s = q.metricStat();
        Map<String, String> dims = new LinkedHashMap<>();
        if (s.metric().dimensions() != null) {
            for (Dimension d : s.metric().dimensions()) {
                dims.put(d.name(), d.value());
            }
        }
        MetricKey key = new MetricKey(account, region, s.metric().namespace(), s.metric().metricName(), dims);
        List<Long> ts = new ArrayList<>();
        List<Double> vs = new ArrayList<>();
        for (MetricReader.Period p : reader.periods(tx, key, s.unit(), s.period(), startMillis, endMillis).values()) {
            Double v = p.statistic(s.stat());
            if (v != null) {
                ts.add(p.at());
                vs.add(v);
            }
        }
        return new Series(q.id(), q.label() != null ? q.label() : s.metric().metricName(), ts, vs);
    }
}
