package dev.stratus.logs;

import dev.stratus.logs.api.*;
import dev.stratus.platform.Arn;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.LogSink;
import dev.stratus.platform.port.Metrics;
import dev.stratus.platform.Paging;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Amazon CloudWatch Logs: log groups and streams, PutLogEvents, GetLogEvents, FilterLogEvents with
 * AWS's filter patterns, retention and tags; metric and subscription filters, applied to every
 * event a group ingests ({@link MetricFilters}, {@link SubscriptionFilters}). Other operations of
 * the model answer 501.
 */
public final class LogsService implements LogsApi, LogSink {
    private static final Set<Integer> RETENTION_DAYS = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096,
            1827, 2192, 2557, 2922, 3288, 3653);
    private static final long MAX_BATCH_BYTES = 1_048_576;
    private static final long EVENT_OVERHEAD_BYTES = 26;
    private static final long MAX_EVENT_BYTES = 1_048_576;
    private static final long TOO_NEW_MS = 2 * 3_600_000L;
    private static final long TOO_OLD_MS = 14 * 86_400_000L;
    private static final long MAX_BATCH_SPAN_MS = 24 * 3_600_000L;
    private static final int DEFAULT_EVENTS_LIMIT = 10_000;
    /** AWS answers at most 1 MB of events a page; a filter also stops after so many scanned and hands back a token. */
    private static final long MAX_PAGE_BYTES = 1_048_576;
    private static final int MAX_SCANNED_PER_CALL = 50_000;
    /** Logs' answers to tags that break the common rules; it checks their characters, as its model does. */
    private static final TagRules TAG_RULES = new TagRules(r -> invalidParameter(r.reason()),
            () -> new AwsException("TooManyTagsException", "A resource can have no more than 50 tags."), TagRules.COMMON_CHARACTERS);
    static final String RETENTION_TIMER = "logs.retention";

    private final Store store;
    private final Clock clock;
    private final LogsRepository repo = new LogsRepository();
    private final FilterRepository filterRepo = new FilterRepository();
    private final PatternCache patterns = new PatternCache();
    private final MetricFilters metricFilters;
    private final SubscriptionFilters subscriptionFilters;
    private final Insights insights;
    private final LogsMetrics metrics;

    public LogsService(Store store, Clock clock, Timers timers, Metrics metrics, Jobs jobs, SubscriptionFilters.InvokePermission permission) {
        this.store = store;
        this.clock = clock;
        this.metricFilters = new MetricFilters(filterRepo, metrics, patterns);
        this.subscriptionFilters = new SubscriptionFilters(filterRepo, patterns, jobs, permission);
        this.metrics = new LogsMetrics(metrics, clock);
        Tags.migrate(store);
        store.migrate("logs", LogsRepository.MIGRATIONS);
        store.migrate("logs.filters", FilterRepository.MIGRATIONS);
        this.insights = new Insights(repo, store);
        timers.on(RETENTION_TIMER, (tx, payload) -> {
            long now = clock.millis();
            for (StoredLogGroup g : repo.allGroups(tx)) {
                if (g.retentionDays() != null) {
                    repo.deleteEventsBefore(tx, g.id(), g.retainedSince(now));
                }
            }
            timers.schedule(tx, RETENTION_TIMER, now + 3_600_000L, "");
        });
        timers.ensure(RETENTION_TIMER, clock.millis() + 3_600_000L, "");
    }

    @Override
    public void append(List<LogSink.Line> lines) {
        long now = clock.millis();
        store.write(tx -> {
            Map<String, StoredLogStream> streams = new LinkedHashMap<>();
            Map<StoredLogStream, long[]> written = new LinkedHashMap<>();
            Map<Long, List<LogEvent>> ingested = new LinkedHashMap<>();
            Map<List<String>, long[]> incoming = new LinkedHashMap<>();
            for (LogSink.Line l : lines) {
                String key = l.account() + ':' + l.region() + ':' + l.group() + ':' + l.stream();
                StoredLogStream s = streams.get(key);
                if (s == null) {
                    s = ensureStream(tx, l, now);
                    streams.put(key, s);
                }
                long seq = repo.insertEvent(tx, s, l.timestamp(), now, l.message());
                ingested.computeIfAbsent(s.groupId(), g -> new ArrayList<>())
                        .add(new LogEvent(seq, s.id(), s.name(), l.timestamp(), now, l.message()));
                long[] w = written.computeIfAbsent(s, x -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 0});
                w[0] = Math.min(w[0], l.timestamp());
                w[1] = Math.max(w[1], l.timestamp());
                w[2] += l.message().getBytes(StandardCharsets.UTF_8).length;
                long[] i = incoming.computeIfAbsent(List.of(l.account(), l.region(), l.group()), x -> new long[2]);
                i[0]++;
                i[1] += l.message().getBytes(StandardCharsets.UTF_8).length;
            }
            tx.afterCommit(() -> incoming.forEach((g, i) -> metrics.ingested(g.get(0), g.get(1), g.get(2), i[0], i[1])));
            for (var e : written.entrySet()) {
                repo.recordEvents(tx, e.getKey(), e.getValue()[0], e.getValue()[1], now, e.getValue()[2]);
            }
            for (var e : ingested.entrySet()) {
                applyFilters(tx, repo.groupById(tx, e.getKey()), e.getValue());
            }
            return null;
        });
    }

    /** What a group's metric and subscription filters owe for events it has just stored, in the same transaction. */
    private void applyFilters(Tx tx, StoredLogGroup g, List<LogEvent> events) throws SQLException {
        metricFilters.ingested(tx, g, events);
        subscriptionFilters.ingested(tx, g, events);
    }

    private StoredLogStream ensureStream(Tx tx, LogSink.Line l, long now) throws SQLException {
        StoredLogGroup g = repo.group(tx, l.account(), l.region(), l.group());
        long groupId = g != null ? g.id()
                : repo.insertGroup(tx, new StoredLogGroup(0, l.account(), l.region(), l.group(), now, null, null, "STANDARD"));
        StoredLogStream s = repo.stream(tx, groupId, l.stream());
        if (s == null) {
            repo.insertStream(tx, groupId, l.stream(), now);
            s = repo.stream(tx, groupId, l.stream());
        }
        return s;
    }

    // Log groups

    @Override
    public void createLogGroup(RequestContext ctx, CreateLogGroupRequest in) {
        if (in.logGroupName().startsWith("aws/")) {
            throw invalidParameter("Log group names starting with 'aws/' are reserved for AWS.");
        }
        String logGroupClass = in.logGroupClass() == null ? "STANDARD" : in.logGroupClass();
        Tags.check(in.tags(), TAG_RULES);
        store.write(tx -> {
            if (repo.group(tx, ctx.accountId(), ctx.region(), in.logGroupName()) != null) {
                throw new AwsException("ResourceAlreadyExistsException", "The specified log group already exists");
            }
            StoredLogGroup g = new StoredLogGroup(0, ctx.accountId(), ctx.region(), in.logGroupName(), clock.millis(), null,
                    in.kmsKeyId(), logGroupClass);
            Tags.put(tx, g.arn(), in.tags(), TAG_RULES);
            return repo.insertGroup(tx, g);
        });
    }

    @Override
    public void deleteLogGroup(RequestContext ctx, DeleteLogGroupRequest in) {
        store.write(tx -> {
            StoredLogGroup g = group(tx, ctx, in.logGroupName());
            filterRepo.deleteGroup(tx, g.id());
            repo.deleteGroup(tx, g.id());
            Tags.deleteAll(tx, g.arn());
            return null;
        });
    }

    @Override
    public DescribeLogGroupsResponse describeLogGroups(RequestContext ctx, DescribeLogGroupsRequest in) {
        if (in.logGroupNamePrefix() != null && in.logGroupNamePattern() != null) {
            throw invalidParameter("LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive parameters.");
        }
        int limit = in.limit() == null ? 50 : in.limit();
        String prefix = in.logGroupNamePrefix() == null ? "" : in.logGroupNamePrefix();
        String pattern = in.logGroupNamePattern();
        Paging.Listing listing = listing("DescribeLogGroups", ctx.accountId(), ctx.region(), prefix, pattern, in.logGroupClass());
        String after = in.nextToken() == null ? "" : listing.position(in.nextToken());
        long now = clock.millis();
        return store.read(tx -> {
            List<LogGroupEntry> page = new ArrayList<>();
            String cursor = after;
            while (page.size() <= limit) {
                List<StoredLogGroup> batch = repo.groups(tx, ctx.accountId(), ctx.region(), cursor, 500);
                for (StoredLogGroup g : batch) {
                    if (g.name().startsWith(prefix) && (pattern == null || g.name().contains(pattern))
                            && (in.logGroupClass() == null || in.logGroupClass().equals(g.logGroupClass()))) {
                        page.add(new LogGroupEntry(g, repo.storedBytes(tx, g.id())));
                    }
                }
                if (batch.size() < 500) {
                    break;
                }
                cursor = batch.getLast().name();
            }
            boolean more = page.size() > limit;
            List<LogGroupEntry> shown = more ? page.subList(0, limit) : page;
            return new DescribeLogGroupsResponse(shown.stream().map(e -> describe(e.group(), e.storedBytes())).toList(),
                    more ? listing.token(shown.getLast().group().name()) : null);
        });
    }

    private record LogGroupEntry(StoredLogGroup group, long storedBytes) {
    }

    private static LogGroup describe(StoredLogGroup g, long storedBytes) {
        return new LogGroup(g.name(), g.createdAt(), g.retentionDays(), 0, g.arn() + ":*", storedBytes, g.kmsKeyId(), null, null,
                g.logGroupClass(), g.arn(), false, null);
    }

    @Override
    public void putRetentionPolicy(RequestContext ctx, PutRetentionPolicyRequest in) {
        if (!RETENTION_DAYS.contains(in.retentionInDays())) {
            throw invalidParameter("1 validation error detected: Value '" + in.retentionInDays() + "' at 'retentionInDays' failed to "
                    + "satisfy constraint: Member must satisfy enum value set: [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, "
                    + "731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]");
        }
        store.write(tx -> {
            repo.updateGroup(tx, group(tx, ctx, in.logGroupName()).withRetention(in.retentionInDays()));
            return null;
        });
    }

    @Override
    public void deleteRetentionPolicy(RequestContext ctx, DeleteRetentionPolicyRequest in) {
        store.write(tx -> {
            repo.updateGroup(tx, group(tx, ctx, in.logGroupName()).withRetention(null));
            return null;
        });
    }

    // Tags: by group name (the older API) and by ARN

    @Override
    public void tagLogGroup(RequestContext ctx, TagLogGroupRequest in) {
        store.write(tx -> {
            Tags.put(tx, group(tx, ctx, in.logGroupName()).arn(), in.tags(), TAG_RULES);
            return null;
        });
    }

    @Override
    public void untagLogGroup(RequestContext ctx, UntagLogGroupRequest in) {
        store.write(tx -> {
            Tags.remove(tx, group(tx, ctx, in.logGroupName()).arn(), in.tags());
            return null;
        });
    }

    @Override
    public ListTagsLogGroupResponse listTagsLogGroup(RequestContext ctx, ListTagsLogGroupRequest in) {
        return new ListTagsLogGroupResponse(store.read(tx -> Tags.list(tx, group(tx, ctx, in.logGroupName()).arn())));
    }

    @Override
    public void tagResource(RequestContext ctx, TagResourceRequest in) {
        store.write(tx -> {
            Tags.put(tx, groupByArn(tx, ctx, in.resourceArn()).arn(), in.tags(), TAG_RULES);
            return null;
        });
    }

    @Override
    public void untagResource(RequestContext ctx, UntagResourceRequest in) {
        store.write(tx -> {
            Tags.remove(tx, groupByArn(tx, ctx, in.resourceArn()).arn(), in.tagKeys());
            return null;
        });
    }

    @Override
    public ListTagsForResourceResponse listTagsForResource(RequestContext ctx, ListTagsForResourceRequest in) {
        return new ListTagsForResourceResponse(store.read(tx -> Tags.list(tx, groupByArn(tx, ctx, in.resourceArn()).arn())));
    }

    // Log streams

    @Override
    public void createLogStream(RequestContext ctx, CreateLogStreamRequest in) {
        store.write(tx -> {
            StoredLogGroup g = group(tx, ctx, in.logGroupName());
            if (repo.stream(tx, g.id(), in.logStreamName()) != null) {
                throw new AwsException("ResourceAlreadyExistsException", "The specified log stream already exists");
            }
            repo.insertStream(tx, g.id(), in.logStreamName(), clock.millis());
            return null;
        });
    }

    @Override
    public void deleteLogStream(RequestContext ctx, DeleteLogStreamRequest in) {
        store.write(tx -> {
            repo.deleteStream(tx, stream(tx, group(tx, ctx, in.logGroupName()), in.logStreamName()));
            return null;
        });
    }

    @Override
    public DescribeLogStreamsResponse describeLogStreams(RequestContext ctx, DescribeLogStreamsRequest in) {
        boolean byTime = "LastEventTime".equals(in.orderBy());
        if (byTime && in.logStreamNamePrefix() != null) {
            throw invalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
        }
        int limit = in.limit() == null ? 50 : in.limit();
        Paging.Listing listing = listing("DescribeLogStreams", ctx.accountId(), ctx.region(), in.logGroupName(), in.logGroupIdentifier(),
                in.logStreamNamePrefix(), in.orderBy(), in.descending());
        return store.read(tx -> {
            StoredLogGroup g = groupOf(tx, ctx, in.logGroupName(), in.logGroupIdentifier());
            String prefix = in.logStreamNamePrefix() == null ? "" : in.logStreamNamePrefix();
            Comparator<StoredLogStream> order = byTime ? Comparator.comparingLong(StoredLogStream::lastEventAt).thenComparing(StoredLogStream::name)
                    : Comparator.comparing(StoredLogStream::name);
            if (Boolean.TRUE.equals(in.descending())) {
                order = order.reversed();
            }
            List<StoredLogStream> all = repo.streams(tx, g.id()).stream().filter(s -> s.name().startsWith(prefix)).sorted(order).toList();
            Paging.Page<StoredLogStream> page = listing.page(all, in.nextToken(), limit);
            return new DescribeLogStreamsResponse(page.items().stream().map(s -> describe(g, s)).toList(), page.nextToken());
        });
    }

    private static LogStream describe(StoredLogGroup g, StoredLogStream s) {
        return new LogStream(s.name(), s.createdAt(), s.firstEventAt() == 0 ? null : s.firstEventAt(),
                s.lastEventAt() == 0 ? null : s.lastEventAt(), s.lastIngestionAt() == 0 ? null : s.lastIngestionAt(), null,
                g.arn() + ":log-stream:" + s.name(), 0L);
    }

    // Events

    @Override
    public PutLogEventsResponse putLogEvents(RequestContext ctx, PutLogEventsRequest in) {
        List<InputLogEvent> events = in.logEvents();
        long size = 0;
        for (int i = 0; i < events.size(); i++) {
            InputLogEvent e = events.get(i);
            long bytes = e.message().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_EVENT_BYTES) {
                throw invalidParameter("Log event too large: " + bytes + " bytes exceeds limit of " + MAX_EVENT_BYTES);
            }
            size += bytes + EVENT_OVERHEAD_BYTES;
            if (i > 0 && e.timestamp() < events.get(i - 1).timestamp()) {
                throw invalidParameter("Log events in a single PutLogEvents request must be in chronological order.");
            }
        }
        if (size > MAX_BATCH_BYTES) {
            throw invalidParameter("Upload too large: " + size + " bytes exceeds limit of " + MAX_BATCH_BYTES);
        }
        long now = clock.millis();
        return store.write(tx -> {
            StoredLogGroup g = group(tx, ctx, in.logGroupName());
            StoredLogStream s = stream(tx, g, in.logStreamName());
            long retainedSince = g.retainedSince(now);
            Integer tooNewStart = null;
            Integer tooOldEnd = null;
            Integer expiredEnd = null;
            List<InputLogEvent> accepted = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                long t = events.get(i).timestamp();
                if (t > now + TOO_NEW_MS) {
                    tooNewStart = tooNewStart == null ? i : tooNewStart;
                } else if (t < now - TOO_OLD_MS) {
                    tooOldEnd = i + 1;
                } else if (t < retainedSince) {
                    expiredEnd = i + 1;
                } else {
                    accepted.add(events.get(i));
                }
            }
            if (!accepted.isEmpty() && accepted.getLast().timestamp() - accepted.getFirst().timestamp() > MAX_BATCH_SPAN_MS) {
                throw invalidParameter("The batch of log events in a single PutLogEvents request cannot span more than 24 hours.");
            }
            long bytes = 0;
            List<LogEvent> stored = new ArrayList<>(accepted.size());
            for (InputLogEvent e : accepted) {
                long seq = repo.insertEvent(tx, s, e.timestamp(), now, e.message());
                stored.add(new LogEvent(seq, s.id(), s.name(), e.timestamp(), now, e.message()));
                bytes += e.message().getBytes(StandardCharsets.UTF_8).length;
            }
            if (!accepted.isEmpty()) {
                repo.recordEvents(tx, s, accepted.getFirst().timestamp(), accepted.getLast().timestamp(), now, bytes);
                applyFilters(tx, g, stored);
            }
            long count = accepted.size();
            long ingested = bytes;
            tx.afterCommit(() -> metrics.ingested(g.account(), g.region(), g.name(), count, ingested));
            RejectedLogEventsInfo rejected = tooNewStart == null && tooOldEnd == null && expiredEnd == null ? null
                    : new RejectedLogEventsInfo(tooNewStart, tooOldEnd, expiredEnd);
            return new PutLogEventsResponse(String.format("%056d", now), rejected, null);
        });
    }

    /**
     * Pages through a stream. A token is {@code f/} (forward from after) or {@code b/} (backward
     * from before) an event's sequence number; at either end the same token comes back, which is
     * how clients know to stop.
     */
    @Override
    public GetLogEventsResponse getLogEvents(RequestContext ctx, GetLogEventsRequest in) {
        int limit = in.limit() == null ? DEFAULT_EVENTS_LIMIT : in.limit();
        long from = in.startTime() == null ? Long.MIN_VALUE : in.startTime();
        long to = in.endTime() == null ? Long.MAX_VALUE : in.endTime();
        Position position = Position.of(in.nextToken(), Boolean.TRUE.equals(in.startFromHead()));
        long now = clock.millis();
        return store.read(tx -> {
            StoredLogGroup g = groupOf(tx, ctx, in.logGroupName(), in.logGroupIdentifier());
            StoredLogStream s = stream(tx, g, in.logStreamName());
            long since = Math.max(from, g.retainedSince(now));
            List<LogEvent> events;
            if (position.forward()) {
                events = withinPageSize(repo.forward(tx, s, since, to, position.seq(), limit));
            } else {
                events = new ArrayList<>(withinPageSize(repo.backward(tx, s, since, to, position.seq(), limit)));
                java.util.Collections.reverse(events);
            }
            // An empty page keeps the caller where it was: forward from the stream's end when it came
            // from the end (so a tail sees events put later), backward from where it stood.
            long last = events.isEmpty() ? (position.forward() ? position.seq() : repo.lastSeq(tx, s)) : events.getLast().seq();
            long first = events.isEmpty() ? (position.forward() ? position.seq() + 1 : position.seq()) : events.getFirst().seq();
            String forward = Position.forwardToken(last);
            String backward = Position.backwardToken(first);
            return new GetLogEventsResponse(events.stream().map(e -> new OutputLogEvent(e.timestamp(), e.message(), e.ingestionTime())).toList(),
                    forward, backward);
        });
    }

    /** Keeps a page within AWS's 1 MB of messages (at least one event, however large). */
    private static List<LogEvent> withinPageSize(List<LogEvent> events) {
        long bytes = 0;
        for (int i = 0; i < events.size(); i++) {
            bytes += events.get(i).message().length();
            if (bytes > MAX_PAGE_BYTES && i > 0) {
                return events.subList(0, i);
            }
        }
        return events;
    }

    private record Position(boolean forward, long seq) {
        static Position of(String token, boolean fromHead) {
            if (token == null) {
                return fromHead ? new Position(true, 0) : new Position(false, Long.MAX_VALUE);
            }
            try {
                if (token.startsWith("f/")) {
                    return new Position(true, Long.parseLong(token.substring(2)));
                }
                if (token.startsWith("b/")) {
                    return new Position(false, Long.parseLong(token.substring(2)));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalidParameter("The specified nextToken is invalid.");
        }

        static String forwardToken(long seq) {
            return "f/" + String.format("%056d", Math.max(seq, 0));
        }

        static String backwardToken(long seq) {
            return "b/" + String.format("%056d", seq);
        }
    }

    @Override
    public FilterLogEventsResponse filterLogEvents(RequestContext ctx, FilterLogEventsRequest in) {
        if (in.logStreamNames() != null && in.logStreamNamePrefix() != null) {
            throw invalidParameter("You cannot specify both logStreamNames and logStreamNamePrefix.");
        }
        Predicate<String> pattern = patterns.get(in.filterPattern());
        int limit = in.limit() == null ? DEFAULT_EVENTS_LIMIT : in.limit();
        long from = in.startTime() == null ? Long.MIN_VALUE : in.startTime();
        long to = in.endTime() == null ? Long.MAX_VALUE : in.endTime();
        Paging.Listing listing = listing("FilterLogEvents", ctx.accountId(), ctx.region(), in.logGroupName(), in.logGroupIdentifier(),
                in.logStreamNames(), in.logStreamNamePrefix(), in.filterPattern(), in.startTime(), in.endTime());
        long[] after = in.nextToken() == null ? new long[] {Long.MIN_VALUE, 0} : filterPosition(listing.position(in.nextToken()));
        long now = clock.millis();
        return store.read(tx -> {
            StoredLogGroup g = groupOf(tx, ctx, in.logGroupName(), in.logGroupIdentifier());
            List<StoredLogStream> streams = repo.streams(tx, g.id()).stream()
                    .filter(s -> in.logStreamNames() == null || in.logStreamNames().contains(s.name()))
                    .filter(s -> in.logStreamNamePrefix() == null || s.name().startsWith(in.logStreamNamePrefix()))
                    .sorted(Comparator.comparing(StoredLogStream::name)).toList();
            if (in.logStreamNames() != null && streams.size() < new java.util.HashSet<>(in.logStreamNames()).size()) {
                throw new AwsException("ResourceNotFoundException", "The specified log stream does not exist.");
            }
            Set<Long> streamIds = new java.util.HashSet<>(streams.stream().map(StoredLogStream::id).toList());
            long since = Math.max(from, g.retainedSince(now));
            List<FilteredLogEvent> found = new ArrayList<>();
            long lastTimestamp = after[0];
            long lastSeq = after[1];
            boolean more = false;
            long bytes = 0;
            int scanned = 0;
            scan:
            while (true) {
                List<LogEvent> batch = repo.inGroup(tx, g.id(), since, to, lastTimestamp, lastSeq, 1000);
                for (LogEvent e : batch) {
                    // Like AWS, a page may end early (even empty) with a token, so one call never scans without bound.
                    if (found.size() == limit || bytes >= MAX_PAGE_BYTES || scanned == MAX_SCANNED_PER_CALL) {
                        more = true;
                        break scan;
                    }
                    scanned++;
                    lastTimestamp = e.timestamp();
                    lastSeq = e.seq();
                    if (streamIds.contains(e.streamId()) && pattern.test(e.message())) {
                        found.add(new FilteredLogEvent(e.streamName(), e.timestamp(), e.message(), e.ingestionTime(), Long.toString(e.seq())));
                        bytes += e.message().length();
                    }
                }
                if (batch.size() < 1000) {
                    break;
                }
            }
            // searchedLogStreams is deprecated; AWS has answered it empty since 2020.
            return new FilterLogEventsResponse(found, List.of(), more ? listing.token(lastTimestamp + ":" + lastSeq) : null);
        });
    }

    private static long[] filterPosition(String position) {
        try {
            String[] p = position.split(":");
            return new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])};
        } catch (RuntimeException e) {
            throw invalidParameter("The specified nextToken is invalid.");
        }
    }

    // Metric filters

    @Override
    public void putMetricFilter(RequestContext ctx, PutMetricFilterRequest in) {
        store.write(tx -> {
            metricFilters.put(tx, group(tx, ctx, in.logGroupName()), in, clock.millis());
            return null;
        });
    }

    @Override
    public DescribeMetricFiltersResponse describeMetricFilters(RequestContext ctx, DescribeMetricFiltersRequest in) {
        Paging.Listing listing = listing("DescribeMetricFilters", ctx.accountId(), ctx.region(), in.logGroupName(), in.filterNamePrefix(),
                in.metricName(), in.metricNamespace());
        return store.read(tx -> metricFilters.describe(tx, ctx.accountId(), ctx.region(),
                in.logGroupName() == null ? null : group(tx, ctx, in.logGroupName()), in, listing));
    }

    @Override
    public void deleteMetricFilter(RequestContext ctx, DeleteMetricFilterRequest in) {
        store.write(tx -> {
            metricFilters.delete(tx, group(tx, ctx, in.logGroupName()), in);
            return null;
        });
    }

    @Override
    public TestMetricFilterResponse testMetricFilter(RequestContext ctx, TestMetricFilterRequest in) {
        return MetricFilters.test(patterns, in);
    }

    // Subscription filters

    @Override
    public void putSubscriptionFilter(RequestContext ctx, PutSubscriptionFilterRequest in) {
        store.write(tx -> {
            subscriptionFilters.put(tx, group(tx, ctx, in.logGroupName()), in, clock.millis());
            return null;
        });
    }

    @Override
    public DescribeSubscriptionFiltersResponse describeSubscriptionFilters(RequestContext ctx, DescribeSubscriptionFiltersRequest in) {
        Paging.Listing listing = listing("DescribeSubscriptionFilters", ctx.accountId(), ctx.region(), in.logGroupName(), in.filterNamePrefix());
        return store.read(tx -> subscriptionFilters.describe(tx, group(tx, ctx, in.logGroupName()), in, listing));
    }

    @Override
    public void deleteSubscriptionFilter(RequestContext ctx, DeleteSubscriptionFilterRequest in) {
        store.write(tx -> {
            subscriptionFilters.delete(tx, group(tx, ctx, in.logGroupName()), in);
            return null;
        });
    }

    // Logs Insights

    @Override
    public StartQueryResponse startQuery(RequestContext ctx, StartQueryRequest in) {
        long now = clock.millis();
        return insights.keep(store.read(tx -> insights.start(tx, ctx, in, (t, id) -> id.startsWith("arn:") ? groupByArn(t, ctx, id)
                : queried(t, ctx, id), now)));
    }

    /** A queried group that is not there, as StartQuery names it. */
    private StoredLogGroup queried(Tx tx, RequestContext ctx, String name) throws SQLException {
        StoredLogGroup g = repo.group(tx, ctx.accountId(), ctx.region(), name);
        if (g == null) {
            throw new AwsException("ResourceNotFoundException", "Log group '" + name + "' does not exist for account ID '" + ctx.accountId() + "'");
        }
        return g;
    }

    @Override
    public GetQueryResultsResponse getQueryResults(RequestContext ctx, GetQueryResultsRequest in) {
        return insights.results(ctx, in);
    }

    @Override
    public StopQueryResponse stopQuery(RequestContext ctx, StopQueryRequest in) {
        return insights.stop(ctx, in);
    }

    @Override
    public DescribeQueriesResponse describeQueries(RequestContext ctx, DescribeQueriesRequest in) {
        return insights.describe(ctx, in);
    }

    @Override
    public GetLogRecordResponse getLogRecord(RequestContext ctx, GetLogRecordRequest in) {
        return store.read(tx -> insights.logRecord(tx, ctx, in));
    }

    // Lookups

    private StoredLogGroup group(Tx tx, RequestContext ctx, String name) throws SQLException {
        StoredLogGroup g = repo.group(tx, ctx.accountId(), ctx.region(), name);
        if (g == null) {
            throw new AwsException("ResourceNotFoundException", "The specified log group does not exist.");
        }
        return g;
    }

    /** By logGroupName or logGroupIdentifier (a name or an ARN), exactly one of them. */
    private StoredLogGroup groupOf(Tx tx, RequestContext ctx, String name, String identifier) throws SQLException {
        if ((name == null) == (identifier == null)) {
            throw invalidParameter("Exactly one of logGroupName and logGroupIdentifier must be given.");
        }
        return name != null ? group(tx, ctx, name) : identifier.startsWith("arn:") ? groupByArn(tx, ctx, identifier) : group(tx, ctx, identifier);
    }

    /** arn:{partition}:logs:{region}:{account}:log-group:{name} */
    private StoredLogGroup groupByArn(Tx tx, RequestContext ctx, String arn) throws SQLException {
        Arn a = Arn.parse(arn).filter(p -> p.service().equals("logs")).orElseThrow(() -> invalidParameter("Invalid ARN: " + arn));
        String name = a.resourceAfter("log-group:").orElseThrow(() -> invalidParameter("Invalid ARN: " + arn));
        StoredLogGroup g = a.account().equals(ctx.accountId()) && a.region().equals(ctx.region()) ? repo.group(tx, a.account(), a.region(), name) : null;
        if (g == null) {
            throw new AwsException("ResourceNotFoundException", "The specified log group does not exist.");
        }
        return g;
    }

    private StoredLogStream stream(Tx tx, StoredLogGroup g, String name) throws SQLException {
        StoredLogStream s = repo.stream(tx, g.id(), name);
        if (s == null) {
            throw new AwsException("ResourceNotFoundException", "The specified log stream does not exist.");
        }
        return s;
    }

    private static AwsException invalidParameter(String message) {
        return new AwsException("InvalidParameterException", message);
    }

    /** The listing {@code scope} names, whose tokens are good only for it. */
    private static Paging.Listing listing(Object... scope) {
        return Paging.Listing.of(t -> invalidParameter("The specified nextToken is invalid."), scope);
    }
}
