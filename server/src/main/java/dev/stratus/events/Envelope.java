package dev.stratus.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * AWS's event envelope, one builder for every event a bus carries (put by clients, fired by
 * schedules, sent by AWS services): AWS's key order, time to the second, as EventBridge writes it.
 */
final class Envelope {
    private Envelope() {
    }

    static ObjectNode of(String id, String detailType, String source, String account, String region, Instant time, List<String> resources,
                         JsonNode detail) {
        ObjectNode ev = Json.MAPPER.createObjectNode();
        ev.put("version", "0");
        ev.put("id", id);
        ev.put("detail-type", detailType);
        ev.put("source", source);
        ev.put("account", account);
        ev.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        ev.put("region", region);
        ArrayNode r = ev.putArray("resources");
        if (resources != null) {
            resources.forEach(r::add);
        }
        ev.set("detail", detail);
        return ev;
    }
}
