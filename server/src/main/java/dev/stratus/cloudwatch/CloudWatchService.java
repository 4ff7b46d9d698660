package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.MetricQueries.Series;
import dev.stratus.cloudwatch.MetricReader.Period;
import dev.stratus.cloudwatch.MetricStore.Datum;
import dev.stratus.cloudwatch.MetricStore.Listed;
import dev.stratus.cloudwatch.MetricStore.MetricKey;
import dev.stratus.cloudwatch.api.*;
import dev.stratus.cloudwatch.api.DashboardEntry;
import dev.stratus.cloudwatch.api.DashboardValidationMessage;
import dev.stratus.cloudwatch.api.Datapoint;
import dev.stratus.cloudwatch.api.DeleteDashboardsInput;
import dev.stratus.cloudwatch.api.DeleteDashboardsOutput;
import dev.stratus.cloudwatch.api.Dimension;
import dev.stratus.cloudwatch.api.DimensionFilter;
import dev.stratus.cloudwatch.api.GetDashboardInput;
import dev.stratus.cloudwatch.api.GetDashboardOutput;
import dev.stratus.cloudwatch.api.GetMetricDataInput;
import dev.stratus.cloudwatch.api.GetMetricDataOutput;
import dev.stratus.cloudwatch.api.GetMetricStatisticsInput;
import dev.stratus.cloudwatch.api.GetMetricStatisticsOutput;
import dev.stratus.cloudwatch.api.ListDashboardsInput;
import dev.stratus.cloudwatch.api.ListDashboardsOutput;
import dev.stratus.cloudwatch.api.ListMetricsInput;
import dev.stratus.cloudwatch.api.ListMetricsOutput;
import dev.stratus.cloudwatch.api.Metric;
import dev.stratus.cloudwatch.api.MetricDataQuery;
import dev.stratus.cloudwatch.api.MetricDataResult;
import dev.stratus.cloudwatch.api.PutDashboardInput;
import dev.stratus.cloudwatch.api.PutDashboardOutput;
import dev.stratus.cloudwatch.api.PutMetricDataInput;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Paging.Listing;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/** Amazon CloudWatch's operations: metrics, alarms and dashboards. */
public final class CloudWatchService implements CloudWatchApi {
    static final int MAX_STATISTICS_DATAPOINTS = 1440;
    static final int MAX_DATAPOINTS = 100_800;
    static final int METRICS_PAGE = 500;
    static final int DASHBOARDS_PAGE = 1000;
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;
    private static final long DAY = 24 * HOUR;
    private static final Pattern TIMEZONE = Pattern.compile("[+-]([01]\\d|2[0-3])[0-5]\\d");

    private final Store store;
    private final Clock clock;
    private final MetricStore metrics;
    private final MetricReader reader;
    private final MetricQueries queries;
    private final Dashboards dashboards = new Dashboards();
    private final Alarms alarms;

    CloudWatchService(Store store, Clock clock, MetricStore metrics, MetricReader reader, Alarms alarms) {
        this.store = store;
        this.clock = clock;
        this.metrics = metrics;
        this.reader = reader;
        this.queries = new MetricQueries(reader);
        this.alarms = alarms;
    }

    // ---- metrics ----

    @Override
    public void putMetricData(RequestContext ctx, PutMetricDataInput in) {
        List<Datum> data = Publishing.data(ctx.accountId(), ctx.region(), in, clock.millis());
        store.write(tx -> {
            metrics.insert(tx, data);
            return null;
        });
    }

    @Override
    public GetMetricStatisticsOutput getMetricStatistics(RequestContext ctx, GetMetricStatisticsInput in) {
        if (in.namespace() == null) {
            throw CloudWatchErrors.missing("Namespace");
        }
        if (in.metricName() == null) {
            throw CloudWatchErrors.missing("MetricName");
        }
        if (in.startTime() == null) {
            throw CloudWatchErrors.missing("StartTime");
        }
        if (in.endTime() == null) {
            throw CloudWatchErrors.missing("EndTime");
        }
        if (in.period() == null) {
            throw CloudWatchErrors.missing("Period");
        }
        List<String> standard = in.statistics() == null ? List.of() : in.statistics();
        List<String> extended = in.extendedStatistics() == null ? List.of() : in.extendedStatistics();
        if (standard.isEmpty() && extended.isEmpty()) {
            throw CloudWatchErrors.missing("Statistics or ExtendedStatistics");
        }
        if (!standard.isEmpty() && !extended.isEmpty()) {
            throw CloudWatchErrors.combination("Must specify either Statistics or ExtendedStatistics, but not both.");
        }
        for (int i = 0; i < standard.size(); i++) {
            if (!Statistics.isStandard(standard.get(i))) {
                throw CloudWatchErrors.invalidValue(standard.get(i), "Statistics.member." + (i + 1));
            }
        }
        for (int i = 0; i < extended.size(); i++) {
            if (Statistics.extended(extended.get(i)) == null) {
                throw CloudWatchErrors.invalid("The value " + extended.get(i) + " for parameter ExtendedStatistics is not supported.");
            }
        }
        MetricQueries.checkPeriod(in.period(), "Period", CloudWatchErrors::invalid);
        if (in.unit() != null && !Publishing.UNITS.contains(in.unit())) {
            throw CloudWatchErrors.invalidValue(in.unit(), "Unit");
        }
        long now = clock.millis();
        long start = roundStart(in.startTime().toEpochMilli(), in.period(), now);
        long end = in.endTime().toEpochMilli();
        if (start >= end) {
            throw CloudWatchErrors.invalid("The parameter StartTime must be less than the parameter EndTime.");
        }
        long size = in.period() * 1000L;
        long requested = (end - start + size - 1) / size;
        if (requested > MAX_STATISTICS_DATAPOINTS) {
            throw CloudWatchErrors.combination(String.format("You have requested up to %,d datapoints, which exceeds the limit of %,d. You may "
                    + "reduce the datapoints requested by increasing Period, or decreasing the time range.", requested, MAX_STATISTICS_DATAPOINTS));
        }
        MetricKey key = new MetricKey(ctx.accountId(), ctx.region(), in.namespace(), in.metricName(),
                Publishing.dimensions(in.dimensions(), "Dimensions"));
        Map<String, SortedMap<Long, Period>> units = store.read(tx -> reader.byUnit(tx, key, in.unit(), in.period(), start, start, end,
                !extended.isEmpty()));
        List<Datapoint> points = new ArrayList<>();
        units.forEach((unit, periods) -> periods.values().forEach(p -> points.add(datapoint(p, unit, standard, extended))));
        points.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
        return new GetMetricStatisticsOutput(in.metricName(), points);
    }

    private static Datapoint datapoint(Period p, String unit, List<String> standard, List<String> extended) {
        Map<String, Double> ext = null;
        if (!extended.isEmpty()) {
            ext = new LinkedHashMap<>();
            for (String s : extended) {
                Double v = Statistics.of(p, s);
                if (v != null) {
                    ext.put(s, v);
                }
            }
        }
        return new Datapoint(Instant.ofEpochMilli(p.at()), stat(p, standard, "SampleCount"), stat(p, standard, "Average"),
                stat(p, standard, "Sum"), stat(p, standard, "Minimum"), stat(p, standard, "Maximum"), unit, ext);
    }

    private static Double stat(Period p, List<String> asked, String name) {
        return asked.contains(name) ? p.statistic(name) : null;
    }

    /**
     * The start as CloudWatch counts periods from it: data younger than three hours to the period
     * (high-resolution periods) or the minute, younger than 15 days to the minute, younger than 63
     * days to five minutes, older to the hour.
     */
    static long roundStart(long start, int periodSeconds, long now) {
        long age = now - start;
        long unit = age < 3 * HOUR && periodSeconds < 60 ? periodSeconds * 1000L
                : age < 15 * DAY ? MINUTE : age < 63 * DAY ? 5 * MINUTE : HOUR;
        return Math.floorDiv(start, unit) * unit;
    }

    @Override
    public GetMetricDataOutput getMetricData(RequestContext ctx, GetMetricDataInput in) {
        List<MetricDataQuery> asked = in.metricDataQueries();
        MetricQueries.check(asked);
        if (in.startTime() == null) {
            throw AwsException.missingParameter("StartTime");
        }
        if (in.endTime() == null) {
            throw AwsException.missingParameter("EndTime");
        }
        String scanBy = in.scanBy() == null ? "TimestampDescending" : in.scanBy();
        if (!scanBy.equals("TimestampDescending") && !scanBy.equals("TimestampAscending")) {
            throw CloudWatchErrors.validation("The value " + scanBy + " for parameter ScanBy is invalid.");
        }
        if (in.labelOptions() != null && in.labelOptions().timezone() != null && !TIMEZONE.matcher(in.labelOptions().timezone()).matches()) {
            throw CloudWatchErrors.validation("The value " + in.labelOptions().timezone() + " for parameter LabelOptions.Timezone is invalid: "
                    + "it is +HHMM or -HHMM.");
        }
        int max = in.maxDatapoints() == null ? MAX_DATAPOINTS : in.maxDatapoints();
        if (max <= 0) {
            throw CloudWatchErrors.validation("The value " + max + " for parameter MaxDatapoints is invalid.");
        }
        int smallest = asked.stream().filter(q -> q.metricStat() != null).mapToInt(q -> q.metricStat().period()).min().orElse(60);
        long start = roundStart(in.startTime().toEpochMilli(), smallest, clock.millis());
        long end = in.endTime().toEpochMilli();
        if (start >= end) {
            throw CloudWatchErrors.validation("The parameter StartTime must be less than the parameter EndTime.");
        }
        Listing listing = Listing.of(t -> new AwsException("InvalidNextToken", "The service couldn't process the NextToken " + t + "."),
                "GetMetricData", ctx.accountId(), ctx.region(), Json.string(asked), start, end, scanBy);
        long offset = in.nextToken() == null ? 0 : offset(listing, in.nextToken());
        List<Series> all = store.read(tx -> queries.evaluate(tx, ctx.accountId(), ctx.region(), asked, start, end));
        return page(all, scanBy.equals("TimestampDescending"), offset, max, listing);
    }

    private static long offset(Listing listing, String token) {
        try {
            return Long.parseLong(listing.position(token));
        } catch (NumberFormatException e) {
            throw new AwsException("InvalidNextToken", "The service couldn't process the NextToken " + token + ".");
        }
    }

    private static long position(Listing listing, String token) {
        try {
            return Long.parseLong(listing.position(token));
        } catch (NumberFormatException e) {
            throw CloudWatchErrors.invalidValue(token, "NextToken");
        }
    }

    /** The datapoints from {@code offset} on, at most {@code max}, across the results in order. */
    private static GetMetricDataOutput page(List<Series> all, boolean descending, long offset, int max, Listing listing) {
        List<MetricDataResult> results = new ArrayList<>();
        long skipped = 0;
        long taken = 0;
        long total = 0;
        for (Series s : all) {
            int n = s.timestamps().size();
            total += n;
            int from = (int) Math.max(0, Math.min(n, offset - skipped));
            skipped += from;
            int count = (int) Math.min(n - from, max - taken);
            taken += count;
            List<Instant> ts = new ArrayList<>(count);
            List<Double> vs = new ArrayList<>(count);
            for (int i = from; i < from + count; i++) {
                int at = descending ? n - 1 - i : i;
                ts.add(Instant.ofEpochMilli(s.timestamps().get(at)));
                vs.add(s.values().get(at));
            }
            boolean complete = from + count == n;
            results.add(new MetricDataResult(s.id(), s.label(), ts, vs, complete ? "Complete" : "PartialData", List.of()));
        }
        long next = offset + taken;
        return new GetMetricDataOutput(results, next < total ? listing.token(Long.toString(next)) : null, List.of());
    }

    @Override
    public ListMetricsOutput listMetrics(RequestContext ctx, ListMetricsInput in) {
        Map<String, String> filters = new HashMap<>();
        if (in.dimensions() != null) {
            for (int i = 0; i < in.dimensions().size(); i++) {
                DimensionFilter f = in.dimensions().get(i);
                if (f.name() == null) {
                    throw AwsException.missingParameter("Dimensions.member." + (i + 1) + ".Name");
                }
                filters.put(f.name(), f.value());
            }
        }
        if (in.recentlyActive() != null && !in.recentlyActive().equals("PT3H")) {
            throw CloudWatchErrors.invalidValue(in.recentlyActive(), "RecentlyActive");
        }
        Long since = in.recentlyActive() == null ? null : clock.millis() - 3 * HOUR;
        Listing listing = Listing.of(t -> CloudWatchErrors.invalidValue(t, "NextToken"), "ListMetrics", ctx.accountId(), ctx.region(), in.namespace(), in.metricName(), new java.util.TreeMap<>(filters),
                in.recentlyActive());
        long after = in.nextToken() == null ? 0 : position(listing, in.nextToken());
        List<Listed> found = store.read(tx -> metrics.list(tx, ctx.accountId(), ctx.region(), in.namespace(), in.metricName(), filters,
                since, after, METRICS_PAGE + 1));
        boolean more = found.size() > METRICS_PAGE;
        List<Listed> page = more ? found.subList(0, METRICS_PAGE) : found;
        List<Metric> out = new ArrayList<>(page.size());
        for (Listed l : page) {
            List<Dimension> dims = new ArrayList<>();
            l.key().dimensions().forEach((k, v) -> dims.add(new Dimension(k, v)));
            out.add(new Metric(l.key().namespace(), l.key().name(), dims));
        }
        List<String> owners = Boolean.TRUE.equals(in.includeLinkedAccounts())
                ? java.util.Collections.nCopies(out.size(), ctx.accountId()) : null;
        return new ListMetricsOutput(out, more ? listing.token(Long.toString(page.getLast().id())) : null, owners);
    }

    // ---- dashboards ----

    @Override
    public PutDashboardOutput putDashboard(RequestContext ctx, PutDashboardInput in) {
        Dashboards.check(in.dashboardName(), in.dashboardBody());
        long now = clock.millis();
        store.write(tx -> {
            dashboards.put(tx, ctx.accountId(), in.dashboardName(), in.dashboardBody(), now);
            return null;
        });
        return new PutDashboardOutput(List.<DashboardValidationMessage>of());
    }

    @Override
    public GetDashboardOutput getDashboard(RequestContext ctx, GetDashboardInput in) {
        if (in.dashboardName() == null) {
            throw AwsException.missingParameter("DashboardName");
        }
        Dashboards.Dashboard d = store.read(tx -> dashboards.get(tx, ctx.accountId(), in.dashboardName()));
        if (d == null) {
            throw Dashboards.notFound("Dashboard " + in.dashboardName() + " does not exist");
        }
        return new GetDashboardOutput(Dashboards.arn(ctx.accountId(), d.name()), d.body(), d.name());
    }

    @Override
    public ListDashboardsOutput listDashboards(RequestContext ctx, ListDashboardsInput in) {
        List<Dashboards.Dashboard> all = store.read(tx -> dashboards.list(tx, ctx.accountId(), in.dashboardNamePrefix()));
        Listing listing = Listing.of(t -> CloudWatchErrors.invalidValue(t, "NextToken"), "ListDashboards", ctx.accountId(),
                in.dashboardNamePrefix());
        Paging.Page<Dashboards.Dashboard> page = listing.after(all, Dashboards.Dashboard::name, in.nextToken(), DASHBOARDS_PAGE);
        List<DashboardEntry> entries = page.items().stream().map(d -> new DashboardEntry(d.name(), Dashboards.arn(ctx.accountId(), d.name()),
                Instant.ofEpochMilli(d.modifiedMillis()), d.size())).toList();
        return new ListDashboardsOutput(entries, page.nextToken());
    }

    @Override
    public DeleteDashboardsOutput deleteDashboards(RequestContext ctx, DeleteDashboardsInput in) {
        if (in.dashboardNames() == null || in.dashboardNames().isEmpty()) {
            throw CloudWatchErrors.invalid("The parameter DashboardNames must name at least one dashboard.");
        }
        store.write(tx -> {
            List<String> missing = new ArrayList<>();
            for (String name : in.dashboardNames()) {
                if (dashboards.get(tx, ctx.accountId(), name) == null) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                throw Dashboards.notFound("The specified dashboard does not exist. " + missing);
            }
            for (String name : in.dashboardNames()) {
                dashboards.delete(tx, ctx.accountId(), name);
            }
            return null;
        });
        return new DeleteDashboardsOutput();
    }

    // Alarms: see Alarms

    @Override
    public void putMetricAlarm(RequestContext context, PutMetricAlarmInput input) {
        alarms.putMetricAlarm(context, input);
    }

    @Override
    public void putCompositeAlarm(RequestContext context, PutCompositeAlarmInput input) {
        alarms.putCompositeAlarm(context, input);
    }

    @Override
    public DescribeAlarmsOutput describeAlarms(RequestContext context, DescribeAlarmsInput input) {
        return alarms.describeAlarms(context, input);
    }

    @Override
    public DescribeAlarmsForMetricOutput describeAlarmsForMetric(RequestContext context, DescribeAlarmsForMetricInput input) {
        return alarms.describeAlarmsForMetric(context, input);
    }

    @Override
    public void deleteAlarms(RequestContext context, DeleteAlarmsInput input) {
        alarms.deleteAlarms(context, input);
    }

    @Override
    public DescribeAlarmHistoryOutput describeAlarmHistory(RequestContext context, DescribeAlarmHistoryInput input) {
        return alarms.describeAlarmHistory(context, input);
    }

    @Override
    public void setAlarmState(RequestContext context, SetAlarmStateInput input) {
        alarms.setAlarmState(context, input);
    }

    @Override
    public void enableAlarmActions(RequestContext context, EnableAlarmActionsInput input) {
        alarms.actionsEnabled(context, input.alarmNames(), true);
    }

    @Override
    public void disableAlarmActions(RequestContext context, DisableAlarmActionsInput input) {
        alarms.actionsEnabled(context, input.alarmNames(), false);
    }

    @Override
    public TagResourceOutput tagResource(RequestContext context, TagResourceInput input) {
        alarms.tagResource(context, input);
        return new TagResourceOutput();
    }

    @Override
    public UntagResourceOutput untagResource(RequestContext context, UntagResourceInput input) {
        alarms.untagResource(context, input);
        return new UntagResourceOutput();
    }

    @Override
    public ListTagsForResourceOutput listTagsForResource(RequestContext context, ListTagsForResourceInput input) {
        return alarms.listTagsForResource(context, input);
    }
}
