package dev.stratus.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.identity.ActionTable;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What IAM checks for each EventBridge operation (AWS's service authorization reference, "Amazon
 * EventBridge"): buses ({@code event-bus/NAME}), rules ({@code rule/NAME} on the default bus,
 * {@code rule/BUS/NAME} on another), archives, replays, connections, API destinations, endpoints
 * and partner event sources ({@code arn:aws:events:REGION::event-source/NAME}) each on its ARN;
 * PutEvents is one check on each bus its entries name.
 */
final class EventsActions {
    private EventsActions() {
    }

    static ActionTable table() {
        return ActionTable.of("events")
                .on(ActionTable.named("events", "event-bus/", "Name"), "CreateEventBus", "DeleteEventBus", "UpdateEventBus")
                .on((ctx, in) -> bus(ctx, ActionTable.text(in, "Name")), "DescribeEventBus")
                .on((ctx, in) -> bus(ctx, ActionTable.text(in, "EventBusName")), "PutPermission", "RemovePermission")
                .on((ctx, in) -> rule(ctx, in, "Name"), "DeleteRule", "DescribeRule", "DisableRule", "EnableRule", "PutRule")
                .on((ctx, in) -> rule(ctx, in, "Rule"), "ListTargetsByRule", "PutTargets", "RemoveTargets")
                .keys(EventsActions::patternKeys, "PutRule")
                .keys(EventsActions::targetKeys, "PutTargets")
                .on(ActionTable.named("events", "archive/", "ArchiveName"), "CreateArchive", "DeleteArchive", "DescribeArchive", "UpdateArchive")
                .on(ActionTable.named("events", "replay/", "ReplayName"), "CancelReplay", "DescribeReplay")
                .on(ActionTable.arnIn("EventSourceArn"), "StartReplay")
                .on(ActionTable.named("events", "connection/", "Name"), "CreateConnection", "DeleteConnection", "DescribeConnection",
                        "UpdateConnection", "DeauthorizeConnection")
                .on(ActionTable.named("events", "api-destination/", "Name"), "CreateApiDestination", "DeleteApiDestination",
                        "DescribeApiDestination", "UpdateApiDestination")
                .on(ActionTable.named("events", "endpoint/", "Name"), "CreateEndpoint", "DeleteEndpoint", "DescribeEndpoint", "UpdateEndpoint")
                .on((ctx, in) -> eventSource(ctx, ActionTable.text(in, "Name")), "ActivateEventSource", "DeactivateEventSource",
                        "DescribeEventSource", "CreatePartnerEventSource", "DeletePartnerEventSource", "DescribePartnerEventSource")
                .on((ctx, in) -> eventSource(ctx, ActionTable.text(in, "EventSourceName")), "ListPartnerEventSourceAccounts")
                .on(ActionTable.arnIn("ResourceARN"), "ListTagsForResource", "TagResource", "UntagResource")
                .checks("PutEvents", EventsActions::putEvents)
                .build();
    }

    /** The bus a name or ARN names; none is the default bus. */
    private static String bus(RequestContext ctx, String nameOrArn) {
        if (Arn.isOf(nameOrArn, "events")) {
            return nameOrArn;
        }
        return Arn.of("events", ctx.region(), ctx.accountId(), "event-bus/" + (nameOrArn == null ? EventsService.DEFAULT_BUS : nameOrArn)).toString();
    }

    /** A rule's ARN: {@code rule/NAME} on the default bus, {@code rule/BUS/NAME} on another, in the bus's account and region. */
    private static String rule(RequestContext ctx, JsonNode in, String member) {
        String name = ActionTable.text(in, member);
        if (name == null) {
            return null;
        }
        Arn bus = Arn.parse(bus(ctx, ActionTable.text(in, "EventBusName"))).orElseThrow();
        String busName = bus.resourceAfter("event-bus/").orElse(EventsService.DEFAULT_BUS);
        String resource = busName.equals(EventsService.DEFAULT_BUS) ? "rule/" + name : "rule/" + busName + "/" + name;
        return new Arn(bus.partition(), "events", bus.region(), bus.account(), resource).toString();
    }

    /** A partner event source's ARN has no account. */
    private static String eventSource(RequestContext ctx, String name) {
        return name == null ? null : Arn.of("events", ctx.region(), "", "event-source/" + name).toString();
    }

    /** events:PutEvents on each bus the entries name, with the sources and detail types of the entries bound for it. */
    private static List<Actions.Check> putEvents(RequestContext ctx, JsonNode in) {
        Map<String, Map<String, Set<String>>> byBus = new LinkedHashMap<>();
        for (JsonNode entry : in.path("Entries")) {
            Map<String, Set<String>> keys = byBus.computeIfAbsent(bus(ctx, ActionTable.text(entry, "EventBusName")), b -> new LinkedHashMap<>());
            add(keys, "events:source", ActionTable.text(entry, "Source"));
            add(keys, "events:detail-type", ActionTable.text(entry, "DetailType"));
        }
        if (byBus.isEmpty()) {
            byBus.put(bus(ctx, null), Map.of());
        }
        List<Actions.Check> checks = new ArrayList<>();
        byBus.forEach((bus, keys) -> {
            Map<String, List<String>> context = new LinkedHashMap<>();
            keys.forEach((k, v) -> context.put(k, List.copyOf(v)));
            checks.add(new Actions.Check("events:PutEvents", bus, context));
        });
        return checks;
    }

    /** PutRule's events:source and events:detail-type: the values its pattern matches them against. */
    private static Map<String, List<String>> patternKeys(RequestContext ctx, JsonNode in) {
        String pattern = ActionTable.text(in, "EventPattern");
        if (pattern == null) {
            return Map.of();
        }
        JsonNode p = Json.parse(pattern);
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (String field : List.of("source", "detail-type")) {
            p.path(field).forEach(v -> add(keys, "events:" + field, v.isTextual() ? v.asText() : null));
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        keys.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static Map<String, List<String>> targetKeys(RequestContext ctx, JsonNode in) {
        Set<String> arns = new LinkedHashSet<>();
        in.path("Targets").forEach(t -> {
            String arn = ActionTable.text(t, "Arn");
            if (arn != null) {
                arns.add(arn);
            }
        });
        return arns.isEmpty() ? Map.of() : Map.of("events:TargetArn", List.copyOf(arns));
    }

    private static void add(Map<String, Set<String>> keys, String key, String value) {
        if (value != null) {
            keys.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
        }
    }
}
