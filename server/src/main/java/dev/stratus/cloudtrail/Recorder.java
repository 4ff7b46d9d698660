package dev.stratus.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.cloudtrail.CloudTrailRepository.Resource;
import dev.stratus.cloudtrail.CloudTrailRepository.StoredEvent;
import dev.stratus.platform.Arn;
import dev.stratus.platform.port.ApiCallRecorder;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.ApiCall;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes each management call into a CloudTrail record (eventVersion 1.09, as AWS writes them today),
 * keeps it in event history, and puts it on the default bus of the event's region as "AWS API Call
 * via CloudTrail" from {@code aws.<service>}, in one transaction. Read-only events go to the bus
 * too: EventBridge lets only rules in state ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS see them.
 * A call that cannot be recorded is logged, never failed: the caller's answer does not depend on it.
 * requestParameters and responseElements larger than CloudTrail's 100 KB are replaced by
 * {@code {"omitted": true}}, as CloudTrail truncates them (a launch of a thousand instances would
 * otherwise make a record of megabytes); the resources they name are still listed.
 */
final class Recorder implements ApiCallRecorder {
    private static final Logger LOG = Logger.getLogger(Recorder.class.getName());
    static final String DETAIL_TYPE = "AWS API Call via CloudTrail";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The largest requestParameters or responseElements CloudTrail keeps, in bytes of JSON. */
    static final int MAX_FIELD_BYTES = 100 * 1024;

    private final Store store;
    private final Clock clock;
    private final CloudTrailRepository repo;
    private final UserIdentities identities;
    private final ServiceEvents events;
    private final Map<String, Model> models = new ConcurrentHashMap<>();

    private record Model(ServiceModel model, Rendering rendering) {
    }

    Recorder(Store store, Clock clock, CloudTrailRepository repo, UserIdentities identities, ServiceEvents events) {
        this.store = store;
        this.clock = clock;
        this.repo = repo;
        this.identities = identities;
        this.events = events;
    }

    @Override
    public void record(ApiCall call) {
        RequestContext ctx = call.context();
        if (ctx.service() == null || ctx.operation() == null || ctx.principal() == null
                || !EventKinds.isManagement(ctx.service(), ctx.operation())) {
            return;
        }
        try {
            Model m = models.computeIfAbsent(ctx.service(), id -> {
                ServiceModel model = ServiceModel.load(id);
                return new Model(model, new Rendering(model));
            });
            Operation operation = m.model().operation(ctx.operation());
            if (operation == null) {
                return;
            }
            Instant now = Instant.ofEpochMilli(clock.millis());
            ObjectNode record = record(call, m, operation, now);
            List<Resource> resources = resources(record);
            truncate(record, "requestParameters");
            truncate(record, "responseElements");
            StoredEvent stored = stored(record, resources, ctx, now);
            String source = "aws." + m.model().endpointPrefix();
            store.write(tx -> {
                repo.putEvent(tx, stored);
                events.put(tx, new ServiceEvents.Event(source, DETAIL_TYPE, ctx.accountId(), stored.region(), List.of(), record));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CloudTrail could not record " + ctx.service() + "." + ctx.operation() + " " + ctx.requestId(), e);
        }
    }

    /** The record, its fields in the order CloudTrail writes them. */
    private ObjectNode record(ApiCall call, Model m, Operation operation, Instant now) {
        RequestContext ctx = call.context();
        boolean readOnly = EventKinds.isReadOnly(ctx.service(), ctx.operation());
        boolean ec2 = "ec2".equals(m.model().protocol());
        ObjectNode r = NODES.objectNode();
        r.put("eventVersion", "1.09");
        r.set("userIdentity", identities.of(ctx.principal(), ctx.accessKeyId()));
        r.put("eventTime", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)));
        r.put("eventSource", m.model().endpointPrefix() + ".amazonaws.com");
        r.put("eventName", EventKinds.eventName(ctx.service(), ctx.operation(), operation.requestUri()));
        r.put("awsRegion", EventKinds.region(ctx.service(), ctx.region()));
        boolean service = ctx.principal().type() == Principal.Type.SERVICE;
        r.put("sourceIPAddress", ctx.sourceIp() != null || !service ? ctx.sourceIp() : ctx.principal().id());
        r.put("userAgent", ctx.userAgent() != null || !service ? ctx.userAgent() : ctx.principal().id());
        AwsException error = call.error();
        if (error != null) {
            r.put("errorCode", ec2 && error.senderFault() ? "Client." + error.code() : error.code());
            r.put("errorMessage", error.getMessage());
        }
        r.set("requestParameters", m.rendering().request(operation, call.input()));
        r.set("responseElements", error != null || !EventKinds.recordsResponse(ctx.service(), ctx.operation()) ? null
                : m.rendering().response(operation, call.output(), ctx.requestId()));
        r.put("requestID", ctx.requestId());
        r.put("eventID", Ids.uuid());
        r.put("readOnly", readOnly);
        r.put("eventType", "AwsApiCall");
        r.put("managementEvent", true);
        r.put("recipientAccountId", ctx.accountId());
        r.put("eventCategory", "Management");
        return r;
    }

    private static void truncate(ObjectNode record, String field) {
        JsonNode value = record.get(field);
        if (value != null && !value.isNull() && Json.string(value).getBytes(StandardCharsets.UTF_8).length > MAX_FIELD_BYTES) {
            record.set(field, NODES.objectNode().put("omitted", true));
        }
    }

    private static StoredEvent stored(ObjectNode record, List<Resource> resources, RequestContext ctx, Instant now) {
        JsonNode who = record.get("userIdentity");
        String username = switch (who.path("type").asText()) {
            case "Root" -> "root";
            case "IAMUser" -> who.path("userName").asText(null);
            case "AssumedRole" -> who.path("arn").asText("").substring(who.path("arn").asText("").lastIndexOf('/') + 1);
            default -> who.path("invokedBy").asText(null);
        };
        return new StoredEvent(record.get("eventID").asText(), ctx.accountId(), record.get("awsRegion").asText(), now.toEpochMilli(),
                record.get("eventName").asText(), record.get("eventSource").asText(), record.get("readOnly").asBoolean(), username,
                ctx.accessKeyId(), resources, Json.string(record));
    }

    /**
     * The resources an event names, as LookupEvents lists them: each ARN in its request or response
     * ({@code AWS::IAM::User}, the ARN), and each EC2 instance id.
     */
    static List<Resource> resources(ObjectNode record) {
        Set<Resource> found = new LinkedHashSet<>();
        for (String part : List.of("requestParameters", "responseElements")) {
            collect(record.get(part), null, found);
        }
        return new ArrayList<>(found);
    }

    private static void collect(JsonNode n, String key, Set<Resource> found) {
        if (n == null) {
            return;
        }
        if (n.isTextual()) {
            String v = n.asText();
            if (v.startsWith("arn:")) {
                Arn.parse(v).ifPresent(arn -> found.add(new Resource(ResourceTypes.of(arn), v)));
            } else if ("instanceId".equals(key) && v.startsWith("i-")) {
                found.add(new Resource("AWS::EC2::Instance", v));
            }
            return;
        }
        if (n.isObject()) {
            n.properties().forEach(e -> collect(e.getValue(), e.getKey(), found));
        } else if (n.isArray()) {
            n.forEach(v -> collect(v, key, found));
        }
    }
}
