package dev.stratus.logs;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.stratus.logs.api.DeleteMetricFilterRequest;
import dev.stratus.logs.api.DescribeMetricFiltersRequest;
import dev.stratus.logs.api.DescribeMetricFiltersResponse;
import dev.stratus.logs.api.MetricFilter;
import dev.stratus.logs.api.MetricFilterMatchRecord;
import dev.stratus.logs.api.MetricTransformation;
import dev.stratus.logs.api.PutMetricFilterRequest;
import dev.stratus.logs.api.TestMetricFilterRequest;
import dev.stratus.logs.api.TestMetricFilterResponse;
import dev.stratus.platform.Paging;
import dev.stratus.platform.port.Metrics;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Metric filters: a filter pattern and one metric transformation on a log group. Every event the
 * group ingests (PutLogEvents, or a service's lines through the LogSink port) that matches records
 * the transformation's value ({@code 1}, a number, {@code $.path} of a JSON event or {@code $field}
 * of a space-delimited one) at the event's timestamp through the {@link Metrics} port, with the
 * dimensions the fields name; an event that does not match records the default value, when set.
 * A value or dimension the event lacks (or a value that is not a number) records nothing.
 */
final class MetricFilters {
    static final int MAX_PER_GROUP = 100;
    static final int MAX_DIMENSIONS = 3;
    /** AWS's quota of filters (metric and subscription together) whose pattern holds a regular expression, per log group. */
    static final int MAX_REGEX_FILTERS_PER_GROUP = 5;
    private static final Pattern FIELD = Pattern.compile("\\$(\\.[^\\s]+|[A-Za-z0-9_]+)");
    private static final TypeReference<List<MetricTransformation>> TRANSFORMATIONS = new TypeReference<>() {
    };

    private final FilterRepository filters;
    private final Metrics metrics;
    private final PatternCache patterns;

    MetricFilters(FilterRepository filters, Metrics metrics, PatternCache patterns) {
        this.filters = filters;
        this.metrics = metrics;
        this.patterns = patterns;
    }

    void put(Tx tx, StoredLogGroup g, PutMetricFilterRequest in, long now) throws SQLException {
        FilterPattern pattern = patterns.get(in.filterPattern());
        List<MetricTransformation> transformations = in.metricTransformations() == null ? List.of() : in.metricTransformations();
        if (transformations.size() != 1) {
            throw invalid("A metric filter has exactly one metric transformation.");
        }
        transformations.forEach(MetricFilters::check);
        List<StoredFilter> existing = filters.ofGroup(tx, g.id(), StoredFilter.METRIC);
        if (existing.stream().noneMatch(f -> f.name().equals(in.filterName())) && existing.size() >= MAX_PER_GROUP) {
            throw new AwsException("LimitExceededException", "Resource limit exceeded.");
        }
        checkRegexQuota(tx, filters, patterns, g, StoredFilter.METRIC, in.filterName(), pattern);
        filters.put(tx, new StoredFilter(g.id(), g.name(), StoredFilter.METRIC, in.filterName(), nullToEmpty(in.filterPattern()),
                Json.string(transformations), now));
    }

    private static void check(MetricTransformation t) {
        String value = t.metricValue();
        if (value == null || !(isField(value) || isNumber(value))) {
            throw invalid("Invalid metric value: " + value + ". It must be a number, $.jsonField or $fieldName.");
        }
        Map<String, String> dimensions = t.dimensions() == null ? Map.of() : t.dimensions();
        if (dimensions.size() > MAX_DIMENSIONS) {
            throw new AwsException("LimitExceededException", "A metric filter can have at most " + MAX_DIMENSIONS + " dimensions.");
        }
        dimensions.forEach((name, field) -> {
            if (field == null || !isField(field)) {
                throw invalid("Invalid dimension value for " + name + ": " + field + ". It must name a field ($.jsonField or $fieldName).");
            }
        });
    }

    /**
     * AWS's quota: at most five filters of a group hold a regular expression, counting metric and
     * subscription filters together (the one being replaced does not count).
     */
    static void checkRegexQuota(Tx tx, FilterRepository filters, PatternCache patterns, StoredLogGroup g, String kind, String name,
                                FilterPattern pattern) throws SQLException {
        if (pattern.regexes() == 0) {
            return;
        }
        long others = filters.allOfGroup(tx, g.id()).stream().filter(f -> !(f.kind().equals(kind) && f.name().equals(name)))
                .filter(f -> patterns.get(f.pattern()).regexes() > 0).count();
        if (others >= MAX_REGEX_FILTERS_PER_GROUP) {
            throw new AwsException("LimitExceededException", "A log group can have at most " + MAX_REGEX_FILTERS_PER_GROUP
                    + " filters whose patterns contain regular expressions.");
        }
    }

    void delete(Tx tx, StoredLogGroup g, DeleteMetricFilterRequest in) throws SQLException {
        if (!filters.delete(tx, g.id(), StoredFilter.METRIC, in.filterName())) {
            throw new AwsException("ResourceNotFoundException", "The specified metric filter does not exist.");
        }
    }

    /** The filters of one group (null: every group of the account's region), by group then name. */
    DescribeMetricFiltersResponse describe(Tx tx, String account, String region, StoredLogGroup g, DescribeMetricFiltersRequest in,
                                           Paging.Listing listing) throws SQLException {
        if (in.filterNamePrefix() != null && in.logGroupName() == null) {
            throw invalid("logGroupName is required when filterNamePrefix is specified.");
        }
        if ((in.metricName() == null) != (in.metricNamespace() == null)) {
            throw invalid("metricName and metricNamespace must be specified together.");
        }
        List<StoredFilter> all = g != null ? filters.ofGroup(tx, g.id(), StoredFilter.METRIC)
                : filters.inRegion(tx, account, region, StoredFilter.METRIC);
        List<MetricFilter> shown = new ArrayList<>();
        for (StoredFilter f : all) {
            List<MetricTransformation> t = transformations(f);
            if ((in.filterNamePrefix() == null || f.name().startsWith(in.filterNamePrefix())) && (in.metricName() == null
                    || t.stream().anyMatch(m -> m.metricName().equals(in.metricName()) && m.metricNamespace().equals(in.metricNamespace())))) {
                shown.add(new MetricFilter(f.name(), f.pattern(), t, f.createdAt(), f.groupName(), false, null, null));
            }
        }
        Paging.Page<MetricFilter> page = listing.after(shown, m -> m.logGroupName() + '\u0000' + m.filterName(), in.nextToken(), limit(in.limit()));
        return new DescribeMetricFiltersResponse(page.items(), page.nextToken());
    }

    static TestMetricFilterResponse test(PatternCache patterns, TestMetricFilterRequest in) {
        FilterPattern pattern = patterns.get(in.filterPattern());
        List<MetricFilterMatchRecord> matches = new ArrayList<>();
        List<String> messages = in.logEventMessages() == null ? List.of() : in.logEventMessages();
        for (int i = 0; i < messages.size(); i++) {
            FilterPattern.Match m = pattern.match(messages.get(i));
            if (m != null) {
                matches.add(new MetricFilterMatchRecord((long) i + 1, messages.get(i), m.extracted()));
            }
        }
        return new TestMetricFilterResponse(matches);
    }

    /** Records what the group's metric filters make of events it has just ingested, once their transaction commits. */
    void ingested(Tx tx, StoredLogGroup g, List<LogEvent> events) throws SQLException {
        List<StoredFilter> defined = filters.ofGroup(tx, g.id(), StoredFilter.METRIC);
        if (defined.isEmpty()) {
            return;
        }
        List<Metrics.Datapoint> points = new ArrayList<>();
        for (StoredFilter f : defined) {
            FilterPattern pattern = patterns.get(f.pattern());
            List<MetricTransformation> transformations = transformations(f);
            for (LogEvent e : events) {
                FilterPattern.Match m = pattern.match(e.message());
                for (MetricTransformation t : transformations) {
                    Metrics.Datapoint p = datapoint(g, t, m, e.timestamp());
                    if (p != null) {
                        points.add(p);
                    }
                }
            }
        }
        if (!points.isEmpty()) {
            tx.afterCommit(() -> points.forEach(metrics::record));
        }
    }

    /** The datapoint a transformation makes of an event that matched ({@code m}) or did not (null), or none. */
    static Metrics.Datapoint datapoint(StoredLogGroup g, MetricTransformation t, FilterPattern.Match m, long timestamp) {
        String unit = t.unit() == null ? "None" : t.unit();
        Map<String, String> dimensions = t.dimensions() == null ? Map.of() : t.dimensions();
        if (m == null) {
            return t.defaultValue() == null || !dimensions.isEmpty() ? null
                    : Metrics.Datapoint.of(g.account(), g.region(), t.metricNamespace(), t.metricName(), Map.of(), t.defaultValue(), unit,
                            timestamp);
        }
        Double value = isNumber(t.metricValue()) ? Double.valueOf(t.metricValue()) : number(m.value(t.metricValue()));
        if (value == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (var d : dimensions.entrySet()) {
            String v = m.value(d.getValue());
            if (v == null || v.isEmpty()) {
                return null;
            }
            values.put(d.getKey(), v);
        }
        return Metrics.Datapoint.of(g.account(), g.region(), t.metricNamespace(), t.metricName(), values, value, unit, timestamp);
    }

    /** {@code $name} of a space-delimited pattern, or a {@code $.path} selector of a JSON one. */
    private static boolean isField(String value) {
        if (!FIELD.matcher(value).matches()) {
            return false;
        }
        if (value.startsWith("$.")) {
            try {
                FilterPattern.path(value);
            } catch (AwsException notASelector) {
                return false;
            }
        }
        return true;
    }

    private static List<MetricTransformation> transformations(StoredFilter f) {
        try {
            return Json.MAPPER.readValue(f.settings(), TRANSFORMATIONS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isNumber(String s) {
        return number(s) != null;
    }

    private static Double number(String s) {
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A listing's limit as the model bounds it, 1 to 50 (the default). */
    static int limit(Integer limit) {
        if (limit != null && (limit < 1 || limit > 50)) {
            throw invalid("1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy constraint: Member must have value "
                    + (limit < 1 ? "greater than or equal to 1" : "less than or equal to 50"));
        }
        return limit == null ? 50 : limit;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static AwsException invalid(String message) {
        return new AwsException("InvalidParameterException", message);
    }
}
