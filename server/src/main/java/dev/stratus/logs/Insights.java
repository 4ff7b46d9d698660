package dev.stratus.logs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.logs.api.DescribeQueriesRequest;
import dev.stratus.logs.api.DescribeQueriesResponse;
import dev.stratus.logs.api.GetLogRecordRequest;
import dev.stratus.logs.api.GetLogRecordResponse;
import dev.stratus.logs.api.GetQueryResultsRequest;
import dev.stratus.logs.api.GetQueryResultsResponse;
import dev.stratus.logs.api.QueryInfo;
import dev.stratus.logs.api.QueryStatistics;
import dev.stratus.logs.api.ResultField;
import dev.stratus.logs.api.StartQueryRequest;
import dev.stratus.logs.api.StartQueryResponse;
import dev.stratus.logs.api.StopQueryRequest;
import dev.stratus.logs.api.StopQueryResponse;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs Insights (the Logs Insights query language): StartQuery runs the query at once over the
 * stored events of its groups and time range and keeps its results, so GetQueryResults finds it
 * Complete (a query that cannot be read is MalformedQueryException at StartQuery, as AWS answers).
 * Each event is a record of @timestamp, @message, @logStream, @log ({@code account:group}),
 * @ingestionTime and @ptr, with a JSON message's fields (nested as {@code a.b}, arrays as
 * {@code a.0}) and Lambda's START / END / REPORT lines' @type, @requestId, @duration,
 * @billedDuration, @memorySize, @maxMemoryUsed and @initDuration, as AWS discovers them. Results
 * are kept in the store (the newest {@value #KEPT} queries, {@value #KEPT_ROWS} rows in all), so
 * that any node sharing it answers GetQueryResults.
 */
final class Insights {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE logs_query (
              seq ${ID},
              id TEXT NOT NULL UNIQUE,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              query_string TEXT NOT NULL,
              log_group TEXT NOT NULL,
              created_ms BIGINT NOT NULL,
              row_count BIGINT NOT NULL,
              matched BIGINT NOT NULL,
              scanned BIGINT NOT NULL,
              bytes BIGINT NOT NULL,
              result_rows TEXT NOT NULL);
            CREATE INDEX logs_query_account ON logs_query (account, region, seq);
            """);
    static final int KEPT = 1000;
    private static final int DEFAULT_LIMIT = 10_000;
    private static final int MAX_LIMIT = 100_000;
    private static final int MAX_GROUPS = 50;
    /** 9999-12-31T23:59:59Z: later times are clamped, so milliseconds never overflow. */
    private static final long LATEST_SECOND = 253_402_300_799L;
    private static final Pattern LAMBDA_LINE = Pattern.compile("^(START|END|REPORT) RequestId: ([0-9a-fA-F-]+)");
    private static final Pattern REPORT_FIELD = Pattern.compile("(Duration|Billed Duration|Memory Size|Max Memory Used|Init Duration): ([0-9.]+)");

    /** Rows kept at most across all kept queries: older queries are forgotten first. */
    static final int KEPT_ROWS = 1_000_000;

    /** A query as it ran: who ran it over what, and what it found (its rows as GetQueryResults shows them). */
    record Run(String id, String account, String region, String queryString, String logGroupName, long createdAt,
               List<List<ResultField>> rows, long matched, long scanned, long bytes) {
    }

    private final LogsRepository repo;
    private final Store store;

    Insights(LogsRepository repo, Store store) {
        this.repo = repo;
        this.store = store;
        store.migrate("logs.queries", MIGRATIONS);
    }

    /** The groups a query names: exactly one of logGroupName, logGroupNames and logGroupIdentifiers. */
    interface Groups {
        StoredLogGroup find(Tx tx, String nameOrArn) throws SQLException;
    }

    /** Runs the query StartQuery names, to {@link #keep}. */
    Run start(Tx tx, RequestContext ctx, StartQueryRequest in, Groups groups, long now) throws SQLException {
        if (in.queryLanguage() != null && !in.queryLanguage().equals("CWLI")) {
            throw invalid("Stratus runs queries in the Logs Insights query language (CWLI) only.");
        }
        List<String> named = new ArrayList<>();
        int given = 0;
        if (in.logGroupName() != null) {
            named.add(in.logGroupName());
            given++;
        }
        if (in.logGroupNames() != null) {
            named.addAll(in.logGroupNames());
            given++;
        }
        if (in.logGroupIdentifiers() != null) {
            named.addAll(in.logGroupIdentifiers());
            given++;
        }
        if (given != 1) {
            throw invalid("Exactly one of logGroupName, logGroupNames or logGroupIdentifiers must be specified.");
        }
        if (named.isEmpty() || named.size() > MAX_GROUPS) {
            throw invalid("A query can name from 1 to " + MAX_GROUPS + " log groups.");
        }
        if (in.startTime() == null || in.endTime() == null) {
            throw invalid("startTime and endTime are required.");
        }
        if (in.endTime() < in.startTime()) {
            throw invalid("End time should not be before the start time");
        }
        int limit = in.limit() == null ? DEFAULT_LIMIT : in.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalid("limit must be from 1 to " + MAX_LIMIT + ".");
        }
        InsightsQuery query = InsightsQuery.parse(in.queryString());
        List<StoredLogGroup> targets = new ArrayList<>();
        for (String name : named) {
            targets.add(groups.find(tx, name));
        }
        long from = Math.clamp(in.startTime(), 0, LATEST_SECOND) * 1000;
        long to = (Math.clamp(in.endTime(), 0, LATEST_SECOND) + 1) * 1000;
        List<Map<String, Object>> records = new ArrayList<>();
        long bytes = 0;
        for (StoredLogGroup g : targets) {
            long since = Math.max(from, g.retainedSince(now));
            long afterTs = Long.MIN_VALUE;
            long afterSeq = 0;
            while (true) {
                List<LogEvent> batch = repo.inGroup(tx, g.id(), since, to, afterTs, afterSeq, 1000);
                for (LogEvent e : batch) {
                    records.add(record(g, e));
                    bytes += e.message().getBytes(StandardCharsets.UTF_8).length;
                }
                if (batch.size() < 1000) {
                    break;
                }
                afterTs = batch.getLast().timestamp();
                afterSeq = batch.getLast().seq();
            }
        }
        if (targets.size() > 1) {
            records.sort(java.util.Comparator.comparingLong(r -> ((Instant) r.get("@timestamp")).toEpochMilli()));
        }
        InsightsQuery.Result result = query.run(records, limit);
        return new Run(Ids.uuid(), ctx.accountId(), ctx.region(), in.queryString(), targets.getFirst().name(), now, shown(result), result.matched(),
                records.size(), bytes);
    }

    /** Each row's present columns as field and value, in the query's column order. */
    private static List<List<ResultField>> shown(InsightsQuery.Result result) {
        List<List<ResultField>> out = new ArrayList<>(result.rows().size());
        for (Map<String, Object> row : result.rows()) {
            List<ResultField> fields = new ArrayList<>();
            for (String column : result.columns()) {
                Object v = row.get(column);
                if (v != null) {
                    fields.add(new ResultField(column, InsightsFunctions.text(v)));
                }
            }
            out.add(fields);
        }
        return out;
    }

    /** Keeps what a query found, and forgets the oldest queries beyond {@value #KEPT}, or {@value #KEPT_ROWS} rows, but never the newest. */
    StartQueryResponse keep(Run run) {
        store.write(tx -> {
            tx.update("INSERT INTO logs_query (id, account, region, query_string, log_group, created_ms, row_count, matched, scanned, bytes, "
                            + "result_rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", run.id(), run.account(), run.region(), run.queryString(),
                    run.logGroupName(), run.createdAt(), run.rows().size(), run.matched(), run.scanned(), run.bytes(), Json.string(run.rows()));
            tx.update("DELETE FROM logs_query WHERE seq IN (SELECT seq FROM (SELECT seq, row_number() OVER (ORDER BY seq DESC) AS n, "
                    + "sum(row_count) OVER (ORDER BY seq DESC) AS total FROM logs_query) newest_first WHERE n > 1 AND (n > ? OR total > ?))",
                    KEPT, KEPT_ROWS);
            return null;
        });
        return new StartQueryResponse(run.id());
    }

    private Run run(RequestContext ctx, String id) {
        Run r = id == null ? null : store.read(tx -> {
            List<Run> found = runs(tx, "WHERE id = ?", id);
            return found.isEmpty() ? null : found.getFirst();
        });
        if (r == null || !r.account().equals(ctx.accountId()) || !r.region().equals(ctx.region())) {
            throw new AwsException("ResourceNotFoundException", "Query does not exist: " + id);
        }
        return r;
    }

    /** Kept queries, newest first; their rows only when one is asked for by id. */
    private static List<Run> runs(Tx tx, String where, Object... params) throws SQLException {
        boolean one = where.startsWith("WHERE id");
        PreparedStatement ps = tx.sql("SELECT id, account, region, query_string, log_group, created_ms, matched, scanned, bytes"
                + (one ? ", result_rows" : "") + " FROM logs_query " + where + " ORDER BY seq DESC");
        Tx.bind(ps, params);
        List<Run> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Run(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                        one ? rows(rs.getString(10)) : List.of(), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
            }
        }
        return out;
    }

    private static List<List<ResultField>> rows(String json) {
        List<List<ResultField>> out = new ArrayList<>();
        for (JsonNode row : Json.parse(json)) {
            List<ResultField> fields = new ArrayList<>(row.size());
            for (JsonNode f : row) {
                fields.add(new ResultField(f.path("field").asText(), f.path("value").asText()));
            }
            out.add(fields);
        }
        return out;
    }

    GetQueryResultsResponse results(RequestContext ctx, GetQueryResultsRequest in) {
        Run r = run(ctx, in.queryId());
        List<List<ResultField>> rows = r.rows();
        int start = in.nextToken() == null ? 0 : Integer.parseInt(listing(r).position(in.nextToken()));
        int max = in.maxItems() == null ? rows.size() : Math.max(1, in.maxItems());
        int end = (int) Math.min(rows.size(), (long) start + max);
        QueryStatistics stats = new QueryStatistics((double) r.matched(), (double) r.scanned(), 0.0, (double) r.bytes(), 0.0, null);
        return new GetQueryResultsResponse("CWLI", rows.subList(Math.min(start, rows.size()), end), stats, "Complete", null,
                end < rows.size() ? listing(r).token(Integer.toString(end)) : null);
    }

    private static Paging.Listing listing(Run r) {
        return Paging.Listing.of(t -> invalid("The specified nextToken is invalid."), "GetQueryResults", r.id());
    }

    /** Every query has ended by the time StartQuery answers, so none is running to stop. */
    StopQueryResponse stop(RequestContext ctx, StopQueryRequest in) {
        run(ctx, in.queryId());
        throw invalid("Query " + in.queryId() + " is not running.");
    }

    DescribeQueriesResponse describe(RequestContext ctx, DescribeQueriesRequest in) {
        List<QueryInfo> all = new ArrayList<>();
        for (Run r : store.read(tx -> runs(tx, "WHERE account = ? AND region = ?", ctx.accountId(), ctx.region()))) {
            if ((in.logGroupName() == null || in.logGroupName().equals(r.logGroupName()))
                    && (in.status() == null || in.status().equals("Complete"))
                    && (in.queryLanguage() == null || in.queryLanguage().equals("CWLI"))) {
                all.add(new QueryInfo("CWLI", r.id(), r.queryString(), "Complete", r.createdAt(), r.logGroupName(), 0L, (double) r.bytes(), null));
            }
        }
        Paging.Listing listing = Paging.Listing.of(t -> invalid("The specified nextToken is invalid."), "DescribeQueries", ctx.accountId(),
                ctx.region(), in.logGroupName(), in.status());
        Integer max = in.maxResults();
        if (max != null && (max < 1 || max > 1000)) {
            throw invalid("1 validation error detected: Value '" + max + "' at 'maxResults' failed to satisfy constraint: Member must have value "
                    + (max < 1 ? "greater than or equal to 1" : "less than or equal to 1000"));
        }
        Paging.Page<QueryInfo> page = listing.page(all, in.nextToken(), max == null ? 1000 : max);
        return new DescribeQueriesResponse(page.items(), page.nextToken());
    }

    /** The whole record a @ptr points to, as GetLogRecord answers it. */
    GetLogRecordResponse logRecord(Tx tx, RequestContext ctx, GetLogRecordRequest in) throws SQLException {
        long[] ptr = pointer(in.logRecordPointer());
        StoredLogGroup g = repo.groupById(tx, ptr[0]);
        LogEvent e = g == null || !g.account().equals(ctx.accountId()) || !g.region().equals(ctx.region()) ? null : repo.event(tx, ptr[0], ptr[1]);
        if (e == null) {
            throw new AwsException("ResourceNotFoundException", "The specified log record does not exist.");
        }
        Map<String, String> out = new LinkedHashMap<>();
        record(g, e).forEach((k, v) -> {
            if (!k.equals("@ptr")) {
                out.put(k, InsightsFunctions.text(v));
            }
        });
        return new GetLogRecordResponse(out);
    }

    /** An event as a query sees it. */
    static Map<String, Object> record(StoredLogGroup g, LogEvent e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("@timestamp", Instant.ofEpochMilli(e.timestamp()));
        r.put("@message", e.message());
        r.put("@logStream", e.streamName());
        r.put("@log", g.account() + ":" + g.name());
        r.put("@ingestionTime", Instant.ofEpochMilli(e.ingestionTime()));
        r.put("@ptr", Base64.getUrlEncoder().withoutPadding().encodeToString((g.id() + ":" + e.seq()).getBytes(StandardCharsets.UTF_8)));
        discover(e.message(), r);
        return r;
    }

    private static void discover(String message, Map<String, Object> r) {
        String m = message.strip();
        if (m.startsWith("{")) {
            try {
                flatten("", Json.parse(m), r);
            } catch (RuntimeException notJson) {
                // a message that only looks like JSON has no fields of its own
            }
            return;
        }
        Matcher lambda = LAMBDA_LINE.matcher(m);
        if (lambda.find()) {
            r.put("@type", lambda.group(1));
            r.put("@requestId", lambda.group(2));
            Matcher f = REPORT_FIELD.matcher(m);
            while (f.find()) {
                String name = switch (f.group(1)) {
                    case "Duration" -> "@duration";
                    case "Billed Duration" -> "@billedDuration";
                    case "Memory Size" -> "@memorySize";
                    case "Max Memory Used" -> "@maxMemoryUsed";
                    default -> "@initDuration";
                };
                double v = Double.parseDouble(f.group(2));
                // AWS reports memory in bytes though the line says MB
                r.put(name, name.startsWith("@m") ? v * 1_000_000 : v);
            }
        }
    }

    private static void flatten(String prefix, JsonNode n, Map<String, Object> into) {
        if (n.isObject()) {
            n.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), into));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                flatten(prefix + "." + i, n.get(i), into);
            }
        } else if (!prefix.isEmpty() && !n.isNull()) {
            into.putIfAbsent(prefix, n.isNumber() ? (Object) n.doubleValue() : n.isBoolean() ? (Object) n.booleanValue() : n.asText());
        }
    }

    private static long[] pointer(String ptr) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(ptr == null ? "" : ptr), StandardCharsets.UTF_8).split(":");
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        } catch (RuntimeException e) {
            throw invalid("The specified log record pointer is invalid.");
        }
    }

    private static AwsException invalid(String message) {
        return new AwsException("InvalidParameterException", message);
    }
}
