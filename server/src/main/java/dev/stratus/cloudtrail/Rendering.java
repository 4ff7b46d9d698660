package dev.stratus.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * requestParameters and responseElements as CloudTrail renders an operation's input and output,
 * walked from the model's shapes (the trees arrive keyed by model member names, timestamps as
 * epoch seconds, blobs as binary):
 * <ul>
 * <li>every service but EC2: members by their names with the first letter lowered
 * ({@code UserName} → {@code userName}, {@code ARN} → {@code aRN}), lists as arrays, timestamps as
 * {@code Nov 2, 2023, 10:24:46 PM} (UTC);</li>
 * <li>EC2, in the form of its SOAP API: members by their wire names ({@code instancesSet},
 * {@code tagSet}), a list as {@code {"items": [...]}} (a list of scalars in the input as items of
 * one member: {@code {"instanceId": "i-…"}}), input lists named {@code …Set}, timestamps as epoch
 * milliseconds, {@code requestId} first in the response; and AWS's documented exceptions below;</li>
 * <li>everywhere: a value of a shape the model marks sensitive is {@code HIDDEN_DUE_TO_SECURITY_REASONS}
 * ({@code <sensitiveDataRemoved>} in EC2's records, which also show every UserData member so, the
 * binary one of ModifyInstanceAttribute included, as detections of user data changes look for it);
 * binary values are left out; an empty input renders as null.</li>
 * </ul>
 */
final class Rendering {
    static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";
    static final String EC2_HIDDEN = "<sensitiveDataRemoved>";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

    /** EC2 input members CloudTrail names after the SOAP API rather than the query names: the list, and the key of each item. */
    private static final Map<String, Renamed> EC2_INPUT_NAMES = Map.of(
            "InstanceIds", new Renamed("instancesSet", "instanceId"),
            "Resources", new Renamed("resourcesSet", "resourceId"),
            "SecurityGroupIds", new Renamed("groupSet", "groupId"),
            "SecurityGroups", new Renamed("groupSet", "groupName"),
            "BlockDeviceMappings", new Renamed("blockDeviceMapping", null));
    /** RunInstances' members that CloudTrail shows inside {@code instancesSet.items[0]}, as the SOAP request carried them. */
    private static final List<String> RUN_INSTANCES_ITEM = List.of("ImageId", "MinCount", "MaxCount", "KeyName");

    private record Renamed(String list, String item) {
    }

    private final ServiceModel model;
    private final boolean ec2;

    Rendering(ServiceModel model) {
        this.model = model;
        this.ec2 = "ec2".equals(model.protocol());
    }

    /** requestParameters: null when the operation takes nothing or was given nothing. */
    JsonNode request(Operation operation, JsonNode input) {
        if (operation.input() == null || input == null || input.isEmpty()) {
            return null;
        }
        JsonNode rendered = render(model.shape(operation.input()), input, true);
        if (!(rendered instanceof ObjectNode out)) {
            return rendered;
        }
        if (ec2 && operation.name().equals("RunInstances")) {
            ObjectNode item = NODES.objectNode();
            for (String m : RUN_INSTANCES_ITEM) {
                JsonNode v = out.remove(lowerFirst(m));
                if (v != null) {
                    item.set(lowerFirst(m), v);
                }
            }
            ObjectNode reordered = NODES.objectNode();
            reordered.set("instancesSet", NODES.objectNode().set("items", NODES.arrayNode().add(item)));
            reordered.setAll(out);
            out = reordered;
        }
        return out.isEmpty() ? null : out;
    }

    /** responseElements: EC2's carry the request id; others are null when the operation answers nothing. */
    JsonNode response(Operation operation, JsonNode output, String requestId) {
        ObjectNode out = NODES.objectNode();
        if (ec2) {
            out.put("requestId", requestId);
        }
        if (operation.output() != null && output != null && output.isObject()) {
            JsonNode rendered = render(model.shape(operation.output()), output, false);
            if (rendered instanceof ObjectNode o) {
                out.setAll(o);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private JsonNode render(Shape shape, JsonNode value, boolean input) {
        if (shape.sensitive()) {
            return NODES.textNode(ec2 ? EC2_HIDDEN : HIDDEN);
        }
        return switch (shape.type()) {
            case "structure" -> structure(shape, value, input);
            case "list" -> list(shape.member(), value, input, null);
            case "map" -> map(shape, value, input);
            case "timestamp" -> timestamp(value);
            case "blob" -> null;
            default -> value;
        };
    }

    private JsonNode structure(Shape shape, JsonNode value, boolean input) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            JsonNode v = value.get(e.getKey());
            if (v == null || v.isNull()) {
                continue;
            }
            Member m = e.getValue();
            Shape target = model.shape(m.target());
            if (ec2 && m.name().equals("UserData")) {
                out.set(key(m, input), NODES.textNode(EC2_HIDDEN));
                continue;
            }
            if (ec2 && target.isList() && !target.sensitive()) {
                ec2List(shape, m, target, v, input, out);
                continue;
            }
            JsonNode rendered = render(target, v, input);
            if (rendered != null) {
                out.set(key(m, input), rendered);
            }
        }
        return out;
    }

    /** An EC2 list member: named {@code …Set} in the input unless AWS names it otherwise, items wrapped. */
    private void ec2List(Shape owner, Member m, Shape list, JsonNode v, boolean input, ObjectNode out) {
        if (!input) {
            out.set(key(m, false), list(list.member(), v, false, null));
            return;
        }
        if (owner.name().equals("TagSpecification") && m.name().equals("Tags")) {
            // CloudTrail shows a tag specification's tags as a plain array.
            ArrayNode tags = NODES.arrayNode();
            v.forEach(t -> tags.add(render(model.shape(list.member().target()), t, true)));
            out.set("tags", tags);
            return;
        }
        Renamed renamed = EC2_INPUT_NAMES.get(m.name());
        String name = renamed != null ? renamed.list() : setName(key(m, true));
        String item = renamed != null && renamed.item() != null ? renamed.item() : lowerFirst(m.wireName());
        out.set(name, list(list.member(), v, true, item));
    }

    private JsonNode list(Member element, JsonNode value, boolean input, String scalarItem) {
        Shape target = model.shape(element.target());
        ArrayNode items = NODES.arrayNode();
        for (JsonNode v : value) {
            JsonNode rendered = render(target, v, input);
            if (rendered == null) {
                continue;
            }
            boolean scalar = !target.isStructure() && !target.isList() && !target.isMap();
            items.add(ec2 && input && scalar && scalarItem != null ? NODES.objectNode().set(scalarItem, rendered) : rendered);
        }
        if (!ec2) {
            return items;
        }
        // EC2 shows an empty list as an empty object, as its SOAP answers did.
        return items.isEmpty() ? NODES.objectNode() : NODES.objectNode().set("items", items);
    }

    private JsonNode map(Shape shape, JsonNode value, boolean input) {
        ObjectNode out = NODES.objectNode();
        Shape valueShape = model.shape(shape.value().target());
        value.properties().forEach(e -> {
            JsonNode rendered = render(valueShape, e.getValue(), input);
            if (rendered != null) {
                out.set(e.getKey(), rendered);
            }
        });
        return out;
    }

    private JsonNode timestamp(JsonNode epochSeconds) {
        BigDecimal seconds = epochSeconds.decimalValue();
        Instant t = Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
        return ec2 ? NODES.numberNode(t.toEpochMilli()) : NODES.textNode(DATE.format(t));
    }

    private String key(Member m, boolean input) {
        if (!ec2) {
            return lowerFirst(m.name());
        }
        String wire = lowerFirst(m.wireName());
        return !input && wire.equals("return") ? "_return" : wire;
    }

    private static String setName(String key) {
        return key.endsWith("Set") ? key : key + "Set";
    }

    static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
