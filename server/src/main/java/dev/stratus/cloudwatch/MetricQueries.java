package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.MetricMath.Line;
import dev.stratus.cloudwatch.MetricMath.Lines;
import dev.stratus.cloudwatch.MetricMath.Scalar;
import dev.stratus.cloudwatch.MetricMath.Value;
import dev.stratus.cloudwatch.MetricStore.MetricKey;
import dev.stratus.cloudwatch.api.MetricDataQuery;
import dev.stratus.cloudwatch.api.MetricStat;
import dev.stratus.protocol.AwsException;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * GetMetricData's evaluation of metric queries (MetricStat and metric math), shared by
 * GetMetricData and metric-math alarms. Each MetricStat reads its metric's periods counted from
 * the start; each expression is evaluated once, after the queries it names, whatever their order.
 */
final class MetricQueries {
    static final int MAX_QUERIES = 500;
    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9_]*");

    /** One query's result: its timestamps (ascending, epoch millis) and the value at each. */
    record Series(String id, String label, List<Long> timestamps, List<Double> values) {
    }

    private final MetricReader reader;

    MetricQueries(MetricReader reader) {
        this.reader = reader;
    }

    /**
     * GetMetricData's evaluation: each query's series (timestamps ascending) over [startMillis,
     * endMillis), for the queries with ReturnData true (or absent), in the order given. An
     * expression that gives an array of series (METRICS(), SORT) gives one series each, under its
     * id. Periods start at {@code startMillis}. Refuses queries AWS refuses with its ValidationError.
     */
    List<Series> evaluate(Tx tx, String account, String region, List<MetricDataQuery> queries, long startMillis, long endMillis)
            throws SQLException {
        check(queries);
        Run run = new Run(tx, account, region, queries, startMillis, endMillis);
        List<Series> out = new ArrayList<>();
        for (MetricDataQuery q : queries) {
            if (!Boolean.FALSE.equals(q.returnData())) {
                out.addAll(run.series(q));
            }
        }
        return out;
    }

    /** AWS's rules on the queries themselves, before any is evaluated. */
    static void check(List<MetricDataQuery> queries) {
        if (queries == null || queries.isEmpty()) {
            throw CloudWatchErrors.validation("The parameter MetricDataQueries must have at least one query.");
        }
        if (queries.size() > MAX_QUERIES) {
            throw CloudWatchErrors.validation("The collection MetricDataQueries must not have a size greater than " + MAX_QUERIES + ".");
        }
        Set<String> ids = new HashSet<>();
        boolean returns = false;
        for (int i = 0; i < queries.size(); i++) {
            MetricDataQuery q = queries.get(i);
            String path = "MetricDataQueries.member." + (i + 1);
            if (q.id() == null || !ID.matcher(q.id()).matches() || q.id().length() > 255) {
                throw CloudWatchErrors.validation("The value " + q.id() + " for parameter " + path + ".Id is invalid: an Id starts with a "
                        + "lower-case letter and has only letters, digits and underscores.");
            }
            if (!ids.add(q.id())) {
                throw CloudWatchErrors.validation("The value " + q.id() + " for parameter " + path + ".Id is not unique.");
            }
            if ((q.metricStat() == null) == (q.expression() == null)) {
                throw CloudWatchErrors.validation("Exactly one of " + path + ".MetricStat and " + path + ".Expression must be given.");
            }
            if (q.metricStat() != null) {
                checkStat(q.metricStat(), path + ".MetricStat");
            } else {
                try {
                    MetricMath.parse(q.expression());
                } catch (MetricMath.Invalid e) {
                    throw CloudWatchErrors.validation("Error in expression '" + q.id() + "': " + e.getMessage());
                }
            }
            if (q.period() != null) {
                checkPeriod(q.period(), path + ".Period", CloudWatchErrors::validation);
            }
            returns |= !Boolean.FALSE.equals(q.returnData());
        }
        if (!returns) {
            throw CloudWatchErrors.validation("At least one of the MetricDataQueries must have ReturnData true.");
        }
    }

    private static void checkStat(MetricStat s, String path) {
        if (s.metric() == null || s.metric().metricName() == null || s.metric().namespace() == null) {
            throw CloudWatchErrors.validation("The parameter " + path + ".Metric needs a Namespace and a MetricName.");
        }
        if (s.period() == null) {
            throw CloudWatchErrors.validation("The parameter " + path + ".Period is required.");
        }
        checkPeriod(s.period(), path + ".Period", CloudWatchErrors::validation);
        try {
            Publishing.dimensions(s.metric().dimensions(), path + ".Metric.Dimensions");
        } catch (AwsException e) {
            throw CloudWatchErrors.validation(e.getMessage());
        }
        if (s.stat() == null || !Statistics.valid(s.stat())) {
            throw CloudWatchErrors.validation("The value " + s.stat() + " for parameter " + path + ".Stat is invalid.");
        }
        if (s.unit() != null && !Publishing.UNITS.contains(s.unit())) {
            throw CloudWatchErrors.validation("The value " + s.unit() + " for parameter " + path + ".Unit is invalid.");
        }
    }

    /** A period is 1, 5, 10 or 30 seconds (high-resolution data), or a multiple of 60. */
    static void checkPeriod(int period, String path, java.util.function.Function<String, AwsException> error) {
        if (period <= 0 || (period < 60 && period != 1 && period != 5 && period != 10 && period != 30) || (period >= 60 && period % 60 != 0)) {
            throw error.apply("The parameter " + path + " must be 1, 5, 10, 30, or a multiple of 60.");
        }
    }

    /** One evaluation: the values known so far, by id. */
    private final class Run implements MetricMath.Context {
        private final Tx tx;
        private final String account;
        private final String region;
        private final Map<String, MetricDataQuery> byId = new LinkedHashMap<>();
        private final Map<String, Value> values = new HashMap<>();
        private final Set<String> evaluating = new HashSet<>();
        private final long startMillis;
        private final long endMillis;
        private SQLException failed;

        Run(Tx tx, String account, String region, List<MetricDataQuery> queries, long startMillis, long endMillis) {
            this.tx = tx;
            this.account = account;
            this.region = region;
            this.startMillis = startMillis;
            this.endMillis = endMillis;
            queries.forEach(q -> byId.put(q.id(), q));
        }

        List<Series> series(MetricDataQuery q) throws SQLException {
            Value v = value(q);
            List<Series> out = new ArrayList<>();
            switch (v) {
                case Line l -> out.add(series(q, l, q.label() != null ? q.label() : defaultLabel(q)));
                case Lines ls -> ls.lines().forEach(l -> out.add(series(q, l, q.label() != null ? q.label()
                        : l.label() != null ? l.label() : q.id())));
                case Scalar s -> {
                    TreeMap<Long, Double> points = new TreeMap<>();
                    MetricMath.grid(this, defaultPeriodMillis()).forEach(t -> points.put(t, s.value()));
                    out.add(series(q, new Line(null, defaultPeriodMillis(), points), q.label() != null ? q.label() : q.id()));
                }
            }
            return out;
        }

        private String defaultLabel(MetricDataQuery q) {
            return q.metricStat() != null ? q.metricStat().metric().metricName() : q.id();
        }

        private Series series(MetricDataQuery q, Line l, String label) {
            return new Series(q.id(), label, List.copyOf(l.points().keySet()), List.copyOf(l.points().values()));
        }

        private Value value(MetricDataQuery q) throws SQLException {
            Value v = compute(q);
            if (failed != null) {
                throw failed;
            }
            return v;
        }

        private Value compute(MetricDataQuery q) {
            Value known = values.get(q.id());
            if (known != null) {
                return known;
            }
            if (!evaluating.add(q.id())) {
                throw CloudWatchErrors.validation("Circular dependency between expressions, at '" + q.id() + "'.");
            }
            Value v;
            if (q.metricStat() != null) {
                v = stat(q);
            } else {
                try {
                    v = MetricMath.evaluate(MetricMath.parse(q.expression()), new Scoped(this, q));
                } catch (MetricMath.Invalid e) {
                    throw CloudWatchErrors.validation("Error in expression '" + q.id() + "': " + e.getMessage());
                }
            }
            evaluating.remove(q.id());
            values.put(q.id(), v);
            return v;
        }

        private Value stat(MetricDataQuery q) {
            MetricStat s = q.metricStat();
            MetricKey key = new MetricKey(account, region, s.metric().namespace(), s.metric().metricName(),
                    Publishing.dimensions(s.metric().dimensions(), "Dimensions"));
            TreeMap<Long, Double> points = new TreeMap<>();
            try {
                for (MetricReader.Period p : reader.aligned(tx, key, s.unit(), s.period(), startMillis, startMillis, endMillis,
                        !Statistics.isStandard(s.stat())).values()) {
                    Double v = Statistics.of(p, s.stat());
                    if (v != null) {
                        points.put(p.at(), v);
                    }
                }
            } catch (SQLException e) {
                failed = e;
            }
            return new Line(q.label() != null ? q.label() : s.metric().metricName(), s.period() * 1000L, points);
        }

        @Override
        public Value reference(String id) {
            MetricDataQuery q = byId.get(id);
            if (q == null) {
                throw new MetricMath.Invalid("Unrecognized identifier '" + id + "'.");
            }
            return compute(q);
        }

        @Override
        public List<Line> metrics(String filter) {
            List<Line> out = new ArrayList<>();
            for (MetricDataQuery q : byId.values()) {
                if (q.metricStat() != null && q.id().contains(filter)) {
                    out.add((Line) compute(q));
                }
            }
            return out;
        }

        @Override
        public long startMillis() {
            return startMillis;
        }

        @Override
        public long endMillis() {
            return endMillis;
        }

        @Override
        public long defaultPeriodMillis() {
            for (MetricDataQuery q : byId.values()) {
                if (q.metricStat() != null) {
                    return q.metricStat().period() * 1000L;
                }
            }
            return 60_000;
        }
    }

    /** The context of one expression: its own Period, when given, is the period of what it makes from scalars. */
    private record Scoped(Run run, MetricDataQuery query) implements MetricMath.Context {
        @Override
        public Value reference(String id) {
            return run.reference(id);
        }

        @Override
        public List<Line> metrics(String filter) {
            return run.metrics(filter);
        }

        @Override
        public long startMillis() {
            return run.startMillis();
        }

        @Override
        public long endMillis() {
            return run.endMillis();
        }

        @Override
        public long defaultPeriodMillis() {
            return query.period() != null ? query.period() * 1000L : run.defaultPeriodMillis();
        }
    }
}
