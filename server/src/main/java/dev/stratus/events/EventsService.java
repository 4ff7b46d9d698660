package dev.stratus.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.EventsRepository.Bus;
import dev.stratus.events.EventsRepository.Rule;
import dev.stratus.events.api.*;
import dev.stratus.platform.Arn;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.Paging;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.platform.port.Metrics;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.ScheduleExpression;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Amazon EventBridge: event buses, rules with event patterns (AWS's own event-ruler), targets
 * (SQS queues, Lambda functions, other buses) with Input, InputPath and InputTransformer, and
 * PutEvents, whose matched targets are owed in the transaction that accepts the events; scheduled
 * rules fire "Scheduled Event"s from a durable timer chain. Bus policies (PutPermission,
 * RemovePermission) are kept and answered as AWS writes them; nothing enforces them until Stratus
 * has IAM. Other operations of the model answer 501.
 */
public final class EventsService implements EventsApi {
    static final String DEFAULT_BUS = "default";
    private static final int MAX_TARGETS = 5;
    /** AWS's limit on a PutEvents request's entries together (1 MB since January 2026; 256 KB before). */
    private static final int MAX_REQUEST_BYTES = 1024 * 1024;

    private final Store store;
    private final Clock clock;
    private final EventsRepository repo = new EventsRepository();
    private final Routing routing;
    private final Schedules schedules;
    private final BusPolicies policies;
    /** EventBridge's answers to tags that break the common rules. */
    private static final TagRules TAG_RULES = new TagRules(r -> new AwsException("ValidationException", r.reason()),
            () -> new AwsException("LimitExceededException", "The requested resource exceeds the maximum number allowed."), null);

    public EventsService(Store store, Clock clock, Timers timers, Jobs jobs, Metrics metrics) {
        this.store = store;
        this.clock = clock;
        Tags.migrate(store);
        store.migrate("events", EventsRepository.MIGRATIONS);
        EventsMetrics published = new EventsMetrics(metrics, clock);
        jobs.watchDeliveries("events", published::deliveryAttempted);
        this.routing = new Routing(store, clock, jobs, repo, published);
        this.schedules = new Schedules(clock, timers, jobs, repo, published);
        this.policies = new BusPolicies(store, repo);
    }

    /** Where AWS services put their events: the {@code ServiceEvents} port. */
    ServiceEvents serviceEvents() {
        return routing;
    }

    // Buses

    @Override
    public CreateEventBusResponse createEventBus(RequestContext ctx, CreateEventBusRequest in) {
        if (in.eventSourceName() != null) {
            throw new AwsException("ValidationException", "Stratus has no partner event sources.");
        }
        Bus bus = new Bus(ctx.accountId(), ctx.region(), in.name(), in.description(), clock.millis());
        store.write(tx -> {
            if (in.name().equals(DEFAULT_BUS) || repo.bus(tx, ctx.accountId(), ctx.region(), in.name()) != null) {
                throw new AwsException("ResourceAlreadyExistsException", "Event bus " + in.name() + " already exists.");
            }
            repo.putBus(tx, bus);
            Tags.put(tx, bus.arn(), tagMap(in.tags()), TAG_RULES);
            return null;
        });
        return new CreateEventBusResponse(bus.arn(), in.description(), null, null, null);
    }

    @Override
    public DescribeEventBusResponse describeEventBus(RequestContext ctx, DescribeEventBusRequest in) {
        record Described(Bus bus, String policy) {
        }
        Described d = store.read(tx -> {
            Bus found = bus(tx, ctx, in.name() == null ? DEFAULT_BUS : in.name());
            return new Described(found, repo.policy(tx, found));
        });
        Bus b = d.bus();
        return new DescribeEventBusResponse(b.name(), b.arn(), b.description(), null, null, d.policy(), null,
                b.createdAt() == 0 ? null : Instant.ofEpochMilli(b.createdAt()), b.createdAt() == 0 ? null : Instant.ofEpochMilli(b.createdAt()));
    }

    /** The policy of the bus with this ARN, for IAM. */
    public Optional<PolicyDocument> busPolicy(String arn) {
        return policies.ofArn(arn);
    }

    @Override
    public void deleteEventBus(RequestContext ctx, DeleteEventBusRequest in) {
        if (in.name().equals(DEFAULT_BUS)) {
            throw new AwsException("ValidationException", "Cannot delete event bus default.");
        }
        store.write(tx -> {
            Bus b = repo.bus(tx, ctx.accountId(), ctx.region(), in.name());
            if (b != null) {
                for (Rule r : repo.rules(tx, ctx.accountId(), ctx.region(), b.name())) {
                    repo.deleteRule(tx, r);
                    schedules.stop(tx, r);
                }
                repo.deleteBus(tx, b);
                policies.changed(tx);
                routing.rulesChanged(tx, ctx.accountId(), ctx.region(), in.name());
            }
            return null;
        });
    }

    @Override
    public ListEventBusesResponse listEventBuses(RequestContext ctx, ListEventBusesRequest in) {
        List<Bus> all = new ArrayList<>();
        all.add(defaultBus(ctx.accountId(), ctx.region()));
        all.addAll(store.read(tx -> repo.buses(tx, ctx.accountId(), ctx.region())));
        List<EventBus> out = all.stream().filter(b -> in.namePrefix() == null || b.name().startsWith(in.namePrefix()))
                .map(b -> new EventBus(b.name(), b.arn(), b.description(), null, null, null)).toList();
        Paging.Page<EventBus> page = page(out, in.nextToken(), in.limit(), "ListEventBuses", ctx.accountId(), ctx.region(), in.namePrefix());
        return new ListEventBusesResponse(page.items(), page.nextToken());
    }

    // Bus policies

    /**
     * Adds a statement to the bus's policy, or replaces the one with the same StatementId (as AWS
     * does: Terraform updates a permission in place by calling PutPermission again); a Policy
     * document replaces the whole policy.
     */
    @Override
    public void putPermission(RequestContext ctx, PutPermissionRequest in) {
        policies.putPermission(ctx, in);
    }

    @Override
    public void removePermission(RequestContext ctx, RemovePermissionRequest in) {
        policies.removePermission(ctx, in);
    }

    // Rules

    @Override
    public PutRuleResponse putRule(RequestContext ctx, PutRuleRequest in) {
        if (in.eventPattern() == null && in.scheduleExpression() == null) {
            throw new AwsException("ValidationException", "Parameter(s) EventPattern or ScheduleExpression must be specified.");
        }
        ScheduleExpression schedule = null;
        if (in.scheduleExpression() != null) {
            schedule = ScheduleExpression.parse(in.scheduleExpression())
                    .orElseThrow(() -> new AwsException("ValidationException", "Parameter ScheduleExpression is not valid."));
        }
        String reason = in.eventPattern() == null ? null : EventRouter.invalidReason(in.eventPattern());
        if (reason != null) {
            throw new AwsException("InvalidEventPatternException", "Event pattern is not valid. Reason: " + reason);
        }
        String busName = busName(in.eventBusName());
        if (schedule != null && !busName.equals(DEFAULT_BUS)) {
            throw new AwsException("ValidationException", "ScheduleExpression is supported only on the default event bus.");
        }
        ScheduleExpression firing = schedule;
        Rule rule = store.write(tx -> {
            bus(tx, ctx, busName);
            // PutRule replaces the whole rule: what it leaves out is gone, and State is ENABLED unless given.
            Rule r = new Rule(ctx.accountId(), ctx.region(), busName, in.name(), in.eventPattern(), in.scheduleExpression(),
                    in.state() != null ? in.state() : "ENABLED", in.description(), in.roleArn());
            repo.putRule(tx, r);
            schedules.schedule(tx, r, firing);
            Tags.put(tx, r.arn(), tagMap(in.tags()), TAG_RULES);
            routing.rulesChanged(tx, ctx.accountId(), ctx.region(), busName);
            return r;
        });
        schedules.wake();
        return new PutRuleResponse(rule.arn());
    }

    @Override
    public DescribeRuleResponse describeRule(RequestContext ctx, DescribeRuleRequest in) {
        Rule r = store.read(tx -> rule(tx, ctx, in.eventBusName(), in.name()));
        return new DescribeRuleResponse(r.name(), r.arn(), r.pattern(), r.schedule(), r.state(), r.description(), r.roleArn(), null, r.bus(),
                ctx.accountId());
    }

    @Override
    public ListRulesResponse listRules(RequestContext ctx, ListRulesRequest in) {
        String busName = busName(in.eventBusName());
        List<dev.stratus.events.api.Rule> all = store.read(tx -> {
            bus(tx, ctx, busName);
            return repo.rules(tx, ctx.accountId(), ctx.region(), busName);
        }).stream().filter(r -> in.namePrefix() == null || r.name().startsWith(in.namePrefix())).map(EventsService::listed).toList();
        Paging.Page<dev.stratus.events.api.Rule> page = page(all, in.nextToken(), in.limit(), "ListRules", ctx.accountId(), ctx.region(), busName,
                in.namePrefix());
        return new ListRulesResponse(page.items(), page.nextToken());
    }

    private static dev.stratus.events.api.Rule listed(Rule r) {
        return new dev.stratus.events.api.Rule(r.name(), r.arn(), r.pattern(), r.state(), r.description(), r.schedule(), r.roleArn(), null, r.bus());
    }

    @Override
    public void deleteRule(RequestContext ctx, DeleteRuleRequest in) {
        String busName = busName(in.eventBusName());
        store.write(tx -> {
            Rule r = repo.rule(tx, ctx.accountId(), ctx.region(), busName, in.name());
            if (r == null) {
                return null;
            }
            // Force applies to rules AWS services manage; a user's rule with targets is never deleted.
            if (!repo.targets(tx, r).isEmpty()) {
                throw new AwsException("ValidationException", "Rule can't be deleted since it has targets.");
            }
            repo.deleteRule(tx, r);
            schedules.stop(tx, r);
            routing.rulesChanged(tx, ctx.accountId(), ctx.region(), busName);
            return null;
        });
    }

    @Override
    public void enableRule(RequestContext ctx, EnableRuleRequest in) {
        setState(ctx, in.eventBusName(), in.name(), "ENABLED");
    }

    @Override
    public void disableRule(RequestContext ctx, DisableRuleRequest in) {
        setState(ctx, in.eventBusName(), in.name(), "DISABLED");
    }

    private void setState(RequestContext ctx, String bus, String name, String state) {
        Rule r = store.write(tx -> {
            Rule current = rule(tx, ctx, bus, name);
            Rule changed = new Rule(current.account(), current.region(), current.bus(), current.name(), current.pattern(), current.schedule(), state,
                    current.description(), current.roleArn());
            repo.putRule(tx, changed);
            schedules.schedule(tx, changed, changed.schedule() == null ? null : ScheduleExpression.parse(changed.schedule()).orElse(null));
            routing.rulesChanged(tx, changed.account(), changed.region(), changed.bus());
            return changed;
        });
        schedules.wake();
    }

    @Override
    public TestEventPatternResponse testEventPattern(RequestContext ctx, TestEventPatternRequest in) {
        String reason = EventRouter.invalidReason(in.eventPattern());
        if (reason != null) {
            throw new AwsException("InvalidEventPatternException", "Event pattern is not valid. Reason: " + reason);
        }
        JsonNode event;
        try {
            event = Json.MAPPER.readTree(in.event());
        } catch (java.io.IOException e) {
            event = null;
        }
        for (String field : List.of("id", "account", "source", "time", "region", "detail-type")) {
            if (event == null || !event.isObject() || !event.has(field)) {
                throw new AwsException("ValidationException", "Parameter Event is not valid.");
            }
        }
        try {
            return new TestEventPatternResponse(EventRouter.matches(in.eventPattern(), in.event()));
        } catch (Exception e) {
            throw new AwsException("InvalidEventPatternException", "Event pattern is not valid. Reason: " + e.getMessage());
        }
    }

    // Targets

    @Override
    public PutTargetsResponse putTargets(RequestContext ctx, PutTargetsRequest in) {
        List<PutTargetsResultEntry> failed = new ArrayList<>();
        store.write(tx -> {
            failed.clear();
            Rule r = rule(tx, ctx, in.eventBusName(), in.rule());
            List<Target> existing = repo.targets(tx, r);
            long added = in.targets().stream().filter(t -> existing.stream().noneMatch(e -> e.id().equals(t.id()))).count();
            if (existing.size() + added > MAX_TARGETS) {
                throw new AwsException("LimitExceededException", "The requested resource exceeds the maximum number allowed.");
            }
            for (Target t : in.targets()) {
                checkInput(t);
            }
            for (Target t : in.targets()) {
                String problem = targetProblem(t);
                if (problem != null) {
                    failed.add(new PutTargetsResultEntry(t.id(), "ValidationException", problem));
                } else {
                    repo.putTarget(tx, r, t);
                }
            }
            return null;
        });
        return new PutTargetsResponse(failed.size(), failed);
    }

    /** What AWS refuses in a target for the whole request (a 400 ValidationException). */
    private static void checkInput(Target t) {
        int inputs = (t.input() != null ? 1 : 0) + (t.inputPath() != null ? 1 : 0) + (t.inputTransformer() != null ? 1 : 0);
        if (inputs > 1) {
            throw new AwsException("ValidationException", "Only one of Input, InputPath, or InputTransformer must be provided for target " + t.id() + ".");
        }
        if (Arn.isOf(t.arn(), "sqs") && t.arn().endsWith(".fifo") && (t.sqsParameters() == null || t.sqsParameters().messageGroupId() == null)) {
            throw new AwsException("ValidationException", "Parameter(s) SqsParameters must be specified for target: " + t.id() + ".");
        }
        if (t.input() != null) {
            try {
                Json.MAPPER.readTree(t.input());
            } catch (java.io.IOException e) {
                throw new AwsException("ValidationException", "Input for target " + t.id() + " is not valid JSON text.");
            }
        }
        if (t.inputTransformer() != null) {
            String unknown = TargetInput.undefinedPlaceholder(t.inputTransformer());
            if (unknown != null) {
                throw new AwsException("ValidationException", "InputTemplate for target " + t.id() + " contains invalid placeholder " + unknown + ".");
            }
        }
    }

    private static final java.util.regex.Pattern BUS_NAME = java.util.regex.Pattern.compile("[/.\\-_A-Za-z0-9]+");

    /** Targets Stratus delivers to; others are refused per entry. */
    private static String targetProblem(Target t) {
        String arn = t.arn();
        Arn target = Arn.parse(arn).orElse(null);
        String service = target == null ? "" : target.service();
        if (service.equals("events")) {
            if (!isBusArn(target)) {
                return "Target ARN " + arn + " is not a valid event bus ARN.";
            }
            return t.input() != null || t.inputPath() != null || t.inputTransformer() != null
                    ? "An event bus target receives the event as it is: Input, InputPath and InputTransformer are not supported for it." : null;
        }
        boolean served = service.equals("sqs") || service.equals("lambda") || service.equals("sns");
        return served ? null : "Stratus delivers to SQS queues, SNS topics, Lambda functions and event buses; not yet to " + arn;
    }

    /** arn:{partition}:events:{region}:{account}:event-bus/{name} */
    private static boolean isBusArn(Arn a) {
        return a.region().matches("[a-z0-9-]+") && a.account().matches("\\d{12}")
                && a.resourceAfter("event-bus/").filter(name -> BUS_NAME.matcher(name).matches()).isPresent();
    }

    @Override
    public RemoveTargetsResponse removeTargets(RequestContext ctx, RemoveTargetsRequest in) {
        store.write(tx -> {
            Rule r = rule(tx, ctx, in.eventBusName(), in.rule());
            for (String id : in.ids()) {
                repo.deleteTarget(tx, r, id);
            }
            return null;
        });
        return new RemoveTargetsResponse(0, List.of());
    }

    @Override
    public ListTargetsByRuleResponse listTargetsByRule(RequestContext ctx, ListTargetsByRuleRequest in) {
        List<Target> all = store.read(tx -> repo.targets(tx, rule(tx, ctx, in.eventBusName(), in.rule())));
        Paging.Page<Target> page = page(all, in.nextToken(), in.limit(), "ListTargetsByRule", ctx.accountId(), ctx.region(),
                busName(in.eventBusName()), in.rule());
        return new ListTargetsByRuleResponse(page.items(), page.nextToken());
    }

    @Override
    public ListRuleNamesByTargetResponse listRuleNamesByTarget(RequestContext ctx, ListRuleNamesByTargetRequest in) {
        String busName = busName(in.eventBusName());
        List<String> names = store.read(tx -> {
            List<String> out = new ArrayList<>();
            for (Rule r : repo.rules(tx, ctx.accountId(), ctx.region(), busName)) {
                if (repo.targets(tx, r).stream().anyMatch(t -> t.arn().equals(in.targetArn()))) {
                    out.add(r.name());
                }
            }
            return out;
        });
        Paging.Page<String> page = page(names, in.nextToken(), in.limit(), "ListRuleNamesByTarget", ctx.accountId(), ctx.region(), busName,
                in.targetArn());
        return new ListRuleNamesByTargetResponse(page.items(), page.nextToken());
    }

    // Events

    @Override
    public PutEventsResponse putEvents(RequestContext ctx, PutEventsRequest in) {
        long size = 0;
        for (PutEventsRequestEntry e : in.entries()) {
            size += entrySize(e);
        }
        if (size > MAX_REQUEST_BYTES) {
            throw new AwsException("ValidationException", "Total size of the entries in the request is over the limit.");
        }
        List<PutEventsResultEntry> results = new ArrayList<>();
        List<ObjectNode> accepted = new ArrayList<>();
        List<String> buses = new ArrayList<>();
        for (PutEventsRequestEntry e : in.entries()) {
            PutEventsResultEntry refused = refusal(e);
            if (refused != null) {
                results.add(refused);
                accepted.add(null);
                buses.add(null);
                continue;
            }
            String id = Ids.uuid();
            results.add(new PutEventsResultEntry(id, null, null));
            accepted.add(Envelope.of(id, e.detailType(), e.source(), ctx.accountId(), ctx.region(), e.time() != null ? e.time()
                    : Instant.ofEpochMilli(clock.millis()), e.resources(), Json.parse(e.detail())));
            buses.add(busName(e.eventBusName()));
        }
        store.write(tx -> {
            for (int i = 0; i < accepted.size(); i++) {
                // AWS accepts an event for a bus that does not exist, and drops it.
                if (accepted.get(i) != null && (buses.get(i).equals(DEFAULT_BUS) || repo.bus(tx, ctx.accountId(), ctx.region(), buses.get(i)) != null)) {
                    routing.route(tx, ctx.accountId(), ctx.region(), buses.get(i), accepted.get(i));
                }
            }
            return null;
        });
        int failures = (int) results.stream().filter(r -> r.errorCode() != null).count();
        return new PutEventsResponse(failures, results);
    }

    private static long entrySize(PutEventsRequestEntry e) {
        return (e.source() == null ? 0 : e.source().length()) + (e.detailType() == null ? 0 : e.detailType().length())
                + (e.detail() == null ? 0 : e.detail().getBytes(StandardCharsets.UTF_8).length)
                + (e.resources() == null ? 0 : e.resources().stream().mapToLong(String::length).sum());
    }

    /** Why an entry is refused, as PutEvents reports it per entry; null when it is accepted. */
    private static PutEventsResultEntry refusal(PutEventsRequestEntry e) {
        for (String[] field : new String[][] {{"Source", e.source()}, {"DetailType", e.detailType()}, {"Detail", e.detail()}}) {
            if (field[1] == null || field[1].isEmpty()) {
                return new PutEventsResultEntry(null, "InvalidArgument", "Parameter " + field[0] + " is not valid. Reason: " + field[0]
                        + " is a required argument.");
            }
        }
        if (e.source().startsWith("aws.")) {
            return new PutEventsResultEntry(null, "NotAuthorizedForSourceException", "Not authorized for the source.");
        }
        try {
            JsonNode d = Json.MAPPER.readTree(e.detail());
            if (d == null || !d.isObject()) {
                return new PutEventsResultEntry(null, "MalformedDetail", "Detail is malformed.");
            }
        } catch (java.io.IOException notJson) {
            return new PutEventsResultEntry(null, "MalformedDetail", "Detail is malformed.");
        }
        return null;
    }

    // Tags

    @Override
    public TagResourceResponse tagResource(RequestContext ctx, TagResourceRequest in) {
        store.write(tx -> {
            Tags.put(tx, in.resourceARN(), tagMap(in.tags()), TAG_RULES);
            return null;
        });
        return new TagResourceResponse();
    }

    @Override
    public UntagResourceResponse untagResource(RequestContext ctx, UntagResourceRequest in) {
        store.write(tx -> {
            Tags.remove(tx, in.resourceARN(), in.tagKeys());
            return null;
        });
        return new UntagResourceResponse();
    }

    @Override
    public ListTagsForResourceResponse listTagsForResource(RequestContext ctx, ListTagsForResourceRequest in) {
        return new ListTagsForResourceResponse(store.read(tx -> Tags.list(tx, in.resourceARN())).entrySet().stream()
                .map(e -> new Tag(e.getKey(), e.getValue())).toList());
    }

    /** Tags as the API lists them, as a map (a key given twice keeps its last value). */
    private static java.util.Map<String, String> tagMap(List<Tag> tags) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(t -> map.put(t.key(), t.value()));
        }
        return map;
    }

    // Shared

    private Bus bus(Tx tx, RequestContext ctx, String name) throws SQLException {
        return existing(repo, tx, ctx, name);
    }

    /** The bus a request names in its account and region, the default bus included; ResourceNotFoundException when there is none. */
    static Bus existing(EventsRepository repo, Tx tx, RequestContext ctx, String name) throws SQLException {
        if (name.equals(DEFAULT_BUS)) {
            return defaultBus(ctx.accountId(), ctx.region());
        }
        Bus b = repo.bus(tx, ctx.accountId(), ctx.region(), name);
        if (b == null) {
            throw new AwsException("ResourceNotFoundException", "Event bus " + name + " does not exist.");
        }
        return b;
    }

    private static Bus defaultBus(String account, String region) {
        return new Bus(account, region, DEFAULT_BUS, null, 0);
    }

    private Rule rule(Tx tx, RequestContext ctx, String bus, String name) throws SQLException {
        String busName = busName(bus);
        bus(tx, ctx, busName);
        Rule r = repo.rule(tx, ctx.accountId(), ctx.region(), busName, name);
        if (r == null) {
            throw new AwsException("ResourceNotFoundException", "Rule " + name + " does not exist on EventBus " + busName + ".");
        }
        return r;
    }

    /** A bus given by name or ARN; the default bus when none is given. */
    static String busName(String nameOrArn) {
        if (nameOrArn == null) {
            return DEFAULT_BUS;
        }
        return Arn.parse(nameOrArn).flatMap(a -> a.resourceAfter("event-bus/")).orElse(nameOrArn);
    }

    /** A page of a listing kept whole (100 items unless Limit says), with tokens good only for the listing {@code scope} names. */
    private static <T> Paging.Page<T> page(List<T> all, String token, Integer limit, Object... scope) {
        return Paging.Listing.of(t -> new AwsException("ValidationException", "Invalid NextToken."), scope).page(all, token, limit == null ? 100 : limit);
    }
}
