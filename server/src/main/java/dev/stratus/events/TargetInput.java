package dev.stratus.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.events.api.InputTransformer;
import dev.stratus.events.api.Target;
import dev.stratus.protocol.Json;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a target receives of an event: the whole event, a constant Input, the part an InputPath names, or an InputTransformer's text. */
final class TargetInput {
    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9_.\\-]+)>");
    /** The variables EventBridge defines for every template. */
    private static final Set<String> PREDEFINED = Set.of("aws.events.rule-arn", "aws.events.rule-name", "aws.events.event.ingestion-time",
            "aws.events.event", "aws.events.event.json");

    private TargetInput() {
    }

    static String of(Target t, JsonNode event, String ruleArn, String ruleName, long nowMillis) {
        if (t.input() != null) {
            return t.input();
        }
        if (t.inputPath() != null) {
            JsonNode n = path(event, t.inputPath());
            return n == null ? "null" : Json.string(n);
        }
        if (t.inputTransformer() != null) {
            return transform(t.inputTransformer(), event, ruleArn, ruleName, nowMillis);
        }
        return Json.string(event);
    }

    /** The first placeholder of the template that neither the paths map nor EventBridge defines; null when there is none. */
    static String undefinedPlaceholder(InputTransformer transformer) {
        Matcher m = PLACEHOLDER.matcher(transformer.inputTemplate());
        while (m.find()) {
            String name = m.group(1);
            if (!PREDEFINED.contains(name) && (transformer.inputPathsMap() == null || !transformer.inputPathsMap().containsKey(name))) {
                return name;
            }
        }
        return null;
    }

    /**
     * Fills the template's placeholders as EventBridge does: inside a quoted string a value goes in
     * as text (a string without its quotes, anything else as JSON); outside quotes as JSON (a string
     * quoted). A path that selects nothing gives an empty text inside quotes, {@code ""} outside.
     */
    static String transform(InputTransformer transformer, JsonNode event, String ruleArn, String ruleName, long nowMillis) {
        Map<String, String> paths = transformer.inputPathsMap();
        String template = transformer.inputTemplate();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        boolean inString = false;
        while (m.find()) {
            inString = quoted(template, copied, m.start(), inString);
            out.append(template, copied, m.start());
            JsonNode value = switch (m.group(1)) {
                case "aws.events.event.json" -> event;
                case "aws.events.event" -> withoutDetail(event);
                case "aws.events.rule-arn" -> Json.MAPPER.getNodeFactory().textNode(ruleArn);
                case "aws.events.rule-name" -> Json.MAPPER.getNodeFactory().textNode(ruleName);
                case "aws.events.event.ingestion-time" -> Json.MAPPER.getNodeFactory().textNode(Instant.ofEpochMilli(nowMillis).toString());
                default -> paths != null && paths.containsKey(m.group(1)) ? path(event, paths.get(m.group(1))) : null;
            };
            if (value == null || value.isNull()) {
                out.append(inString ? "" : "\"\"");
            } else if (value.isTextual()) {
                // Inside quotes the text goes in escaped as a JSON string's content, so the result stays JSON.
                String quoted = Json.string(value);
                out.append(inString ? quoted.substring(1, quoted.length() - 1) : quoted);
            } else {
                out.append(Json.string(value));
            }
            copied = m.end();
        }
        out.append(template, copied, template.length());
        return out.toString();
    }

    /** The event's envelope without its detail, as {@code <aws.events.event>} gives it. */
    private static JsonNode withoutDetail(JsonNode event) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = event.deepCopy();
        copy.remove("detail");
        return copy;
    }

    /** Whether the template is inside a JSON string at {@code to}, given the state at {@code from} (escaped quotes do not count). */
    private static boolean quoted(String template, int from, int to, boolean inString) {
        for (int i = from; i < to; i++) {
            char c = template.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            }
        }
        return inString;
    }

    /** A JSONPath of the simple kind EventBridge takes: {@code $}, {@code $.a.b}, {@code $.a[0].b}. */
    static JsonNode path(JsonNode root, String path) {
        if (path == null || !path.startsWith("$")) {
            return null;
        }
        JsonNode n = root;
        for (String part : path.substring(1).split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            int bracket = part.indexOf('[');
            String field = bracket < 0 ? part : part.substring(0, bracket);
            if (!field.isEmpty()) {
                n = n == null ? null : n.get(field);
            }
            while (bracket >= 0 && n != null) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    return null;
                }
                try {
                    n = n.get(Integer.parseInt(part.substring(bracket + 1, close)));
                } catch (NumberFormatException e) {
                    return null;
                }
                bracket = part.indexOf('[', close);
            }
        }
        return n;
    }
}
