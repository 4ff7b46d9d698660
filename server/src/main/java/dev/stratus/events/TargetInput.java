package dev.stratus.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.events.api.Target;
import dev.stratus.protocol.Json;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a target receives of an event: the whole event, a constant Input, the part an InputPath names, or an InputTransformer's text. */
final class TargetInput {
    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9_.\\-]+)>");

    private TargetInput() {
    }

    static String of(Target t, JsonNode event) {
        if (t.input() != null) {
            return t.input();
        }
        if (t.inputPath() != null) {
            JsonNode n = path(event, t.inputPath());
            return n == null ? "null" : Json.string(n);
        }
        if (t.inputTransformer() != null) {
            return transform(t.inputTransformer().inputPathsMap(), t.inputTransformer().inputTemplate(), event);
        }
        return Json.string(event);
    }

    /**
     * Fills the template's {@code <name>} placeholders with the values their paths select: a string
     * goes in as its text (the template supplies any quotes), anything else as its JSON; a path that
     * selects nothing gives an empty text. {@code <aws.events.event>} and friends name the event itself.
     */
    static String transform(Map<String, String> paths, String template, JsonNode event) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            JsonNode value = switch (name) {
                case "aws.events.event", "aws.events.event.json" -> event;
                case "aws.events.rule-arn", "aws.events.rule-name", "aws.events.event.ingestion-time" -> null;
                default -> paths != null && paths.containsKey(name) ? path(event, paths.get(name)) : null;
            };
            boolean known = value != null || (paths != null && paths.containsKey(name)) || name.startsWith("aws.events.");
            String text = !known ? m.group() : value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : Json.string(value);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
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
