package dev.stratus.logs;

import dev.stratus.logs.api.DeleteSubscriptionFilterRequest;
import dev.stratus.logs.api.DescribeSubscriptionFiltersRequest;
import dev.stratus.logs.api.DescribeSubscriptionFiltersResponse;
import dev.stratus.logs.api.PutSubscriptionFilterRequest;
import dev.stratus.logs.api.SubscriptionFilter;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.store.Tx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Subscription filters: at most two a log group, each sending the events that match its pattern
 * to a Lambda function (the only destination Stratus serves: Kinesis, Firehose and Logs
 * destinations are refused as AWS refuses a stream it cannot deliver to). Before accepting one,
 * Logs checks that it may invoke the function ({@code logs.amazonaws.com}, or the regional
 * {@code logs.REGION.amazonaws.com}, in the function's policy, for the group as aws:SourceArn).
 * The matching events of one ingested batch are delivered per stream, in one job delivery owed in
 * the transaction that stores them: AWS's {@code {"awslogs":{"data": base64(gzip(JSON))}}}, the JSON
 * naming the owner, group, stream and filter with each event's id, timestamp and message.
 * Events of a function's own log group are not sent back to it (AWS does the same for account-level
 * subscriptions): its invocations would log again and loop for ever.
 */
final class SubscriptionFilters {
    static final int MAX_PER_GROUP = 2;
    /** Raw messages per delivery at most, so a delivery stays within Lambda's asynchronous payload limit once encoded. */
    private static final int MAX_BATCH_BYTES = 512 * 1024;
    private static final int MAX_BATCH_EVENTS = 10_000;
    private static final int DELIVERY_RETRIES = 2;
    private static final int DELIVERY_MAX_AGE_SECONDS = 6 * 3600;
    static final String PERMISSION_REFUSED = "Could not execute the lambda function. Make sure you have given CloudWatch Logs permission to execute your function.";

    /** How a filter delivers: its destination and role as given, its distribution, and the principal its function's policy allows. */
    record Settings(String destinationArn, String roleArn, String distribution, String caller) {
    }

    /** Whether {@code caller} may invoke {@code functionArn} for {@code sourceArn}; throws when not. */
    @FunctionalInterface
    interface InvokePermission {
        void check(Principal caller, String functionArn, String sourceArn, String sourceAccount);
    }

    private final FilterRepository filters;
    private final PatternCache patterns;
    private final Jobs jobs;
    private final InvokePermission permission;

    SubscriptionFilters(FilterRepository filters, PatternCache patterns, Jobs jobs, InvokePermission permission) {
        this.filters = filters;
        this.patterns = patterns;
        this.jobs = jobs;
        this.permission = permission;
    }

    void put(Tx tx, StoredLogGroup g, PutSubscriptionFilterRequest in, long now) throws SQLException {
        FilterPattern pattern = patterns.get(in.filterPattern());
        String distribution = in.distribution() == null ? "ByLogStream" : in.distribution();
        String function = function(in.destinationArn(), g);
        String caller = permittedCaller(function, g);
        List<StoredFilter> existing = filters.ofGroup(tx, g.id(), StoredFilter.SUBSCRIPTION);
        if (existing.stream().noneMatch(f -> f.name().equals(in.filterName())) && existing.size() >= MAX_PER_GROUP) {
            throw new AwsException("LimitExceededException", "Resource limit exceeded.");
        }
        MetricFilters.checkRegexQuota(tx, filters, patterns, g, StoredFilter.SUBSCRIPTION, in.filterName(), pattern);
        filters.put(tx, new StoredFilter(g.id(), g.name(), StoredFilter.SUBSCRIPTION, in.filterName(),
                in.filterPattern() == null ? "" : in.filterPattern(), Json.string(new Settings(function, in.roleArn(), distribution, caller)), now));
    }

    /** The destination as a function ARN of the group's account and region; anything else is refused as AWS refuses it. */
    private static String function(String destination, StoredLogGroup g) {
        Arn arn = Arn.parse(destination == null ? "" : destination)
                .orElseThrow(() -> invalid("Invalid destination ARN: " + destination));
        return switch (arn.service()) {
            case "lambda" -> {
                if (!arn.account().equals(g.account()) || !arn.region().equals(g.region()) || arn.resourceAfter("function:").isEmpty()) {
                    throw invalid(PERMISSION_REFUSED);
                }
                yield destination;
            }
            case "kinesis" -> throw invalid("Could not deliver test message to specified Kinesis stream. Check if the given kinesis stream is in "
                    + "ACTIVE state. (Stratus does not serve Kinesis.)");
            case "firehose" -> throw invalid("Could not deliver test message to specified Firehose stream. Check if the given Firehose stream is "
                    + "in ACTIVE state. (Stratus does not serve Firehose.)");
            case "logs" -> throw invalid("Could not deliver test message to specified destination. (Stratus does not serve CloudWatch Logs "
                    + "destinations.)");
            default -> throw invalid("Invalid destination ARN: " + destination);
        };
    }

    /** The principal, global or regional, whom the function's policy lets invoke it for this group. */
    private String permittedCaller(String function, StoredLogGroup g) {
        for (String name : List.of("logs.amazonaws.com", "logs." + g.region() + ".amazonaws.com")) {
            try {
                permission.check(Principal.service(name), function, sourceArn(g), g.account());
                return name;
            } catch (AwsException refused) {
                // the other spelling may be the one allowed
            }
        }
        throw invalid(PERMISSION_REFUSED);
    }

    /** What a log group stands as in a function's policy: the ARN AWS's examples allow, {@code …:log-group:NAME:*}. */
    static String sourceArn(StoredLogGroup g) {
        return g.arn() + ":*";
    }

    void delete(Tx tx, StoredLogGroup g, DeleteSubscriptionFilterRequest in) throws SQLException {
        if (!filters.delete(tx, g.id(), StoredFilter.SUBSCRIPTION, in.filterName())) {
            throw new AwsException("ResourceNotFoundException", "The specified subscription filter does not exist.");
        }
    }

    DescribeSubscriptionFiltersResponse describe(Tx tx, StoredLogGroup g, DescribeSubscriptionFiltersRequest in, Paging.Listing listing)
            throws SQLException {
        List<SubscriptionFilter> shown = new ArrayList<>();
        for (StoredFilter f : filters.ofGroup(tx, g.id(), StoredFilter.SUBSCRIPTION)) {
            if (in.filterNamePrefix() == null || f.name().startsWith(in.filterNamePrefix())) {
                Settings s = Json.parse(f.settings(), Settings.class);
                shown.add(new SubscriptionFilter(f.name(), g.name(), f.pattern(), s.destinationArn(), s.roleArn(), s.distribution(), false,
                        f.createdAt(), null, null));
            }
        }
        Paging.Page<SubscriptionFilter> page = listing.after(shown, SubscriptionFilter::filterName, in.nextToken(),
                MetricFilters.limit(in.limit()));
        return new DescribeSubscriptionFiltersResponse(page.items(), page.nextToken());
    }

    /** Owes each filter's function the events of this batch that match it, per stream, in the caller's transaction. */
    void ingested(Tx tx, StoredLogGroup g, List<LogEvent> events) throws SQLException {
        List<StoredFilter> defined = filters.ofGroup(tx, g.id(), StoredFilter.SUBSCRIPTION);
        for (StoredFilter f : defined) {
            Settings s = Json.parse(f.settings(), Settings.class);
            if (ownLogGroup(g, s.destinationArn())) {
                continue;
            }
            FilterPattern pattern = patterns.get(f.pattern());
            Map<String, List<LogEvent>> byStream = new LinkedHashMap<>();
            for (LogEvent e : events) {
                if (pattern.test(e.message())) {
                    byStream.computeIfAbsent(e.streamName(), k -> new ArrayList<>()).add(e);
                }
            }
            for (var stream : byStream.entrySet()) {
                for (List<LogEvent> batch : batches(stream.getValue())) {
                    jobs.owe(tx, new Delivery(s.destinationArn(), payload(g, stream.getKey(), f.name(), batch), Map.of(), null, null,
                            DELIVERY_RETRIES, DELIVERY_MAX_AGE_SECONDS, null, Map.of(), null,
                            s.caller() == null ? null : Principal.service(s.caller()), sourceArn(g)));
                }
            }
        }
    }

    /** Whether the group is the one the function logs to by default, /aws/lambda/NAME. */
    static boolean ownLogGroup(StoredLogGroup g, String functionArn) {
        return Arn.parse(functionArn).flatMap(a -> a.resourceAfter("function:")).map(r -> r.split(":", 2)[0])
                .map(name -> g.name().equals("/aws/lambda/" + name)).orElse(false);
    }

    private static List<List<LogEvent>> batches(List<LogEvent> events) {
        List<List<LogEvent>> out = new ArrayList<>();
        List<LogEvent> current = new ArrayList<>();
        long bytes = 0;
        for (LogEvent e : events) {
            int size = e.message().length();
            if (!current.isEmpty() && (bytes + size > MAX_BATCH_BYTES || current.size() == MAX_BATCH_EVENTS)) {
                out.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(e);
            bytes += size;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** AWS's DATA_MESSAGE, gzipped and base64-encoded under awslogs.data, as a function receives it. */
    static String payload(StoredLogGroup g, String stream, String filterName, List<LogEvent> events) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("messageType", "DATA_MESSAGE");
        message.put("owner", g.account());
        message.put("logGroup", g.name());
        message.put("logStream", stream);
        message.put("subscriptionFilters", List.of(filterName));
        message.put("logEvents", events.stream().map(e -> Map.of("id", eventId(e), "timestamp", e.timestamp(), "message", e.message())).toList());
        return Json.string(Map.of("awslogs", Map.of("data", Base64.getEncoder().encodeToString(gzip(Json.bytes(message))))));
    }

    /** An event's id as AWS writes one: 56 digits, unique in the group. */
    static String eventId(LogEvent e) {
        return String.format("%056d", e.seq());
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static AwsException invalid(String message) {
        return new AwsException("InvalidParameterException", message);
    }
}
