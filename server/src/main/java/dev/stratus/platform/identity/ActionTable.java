package dev.stratus.platform.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's {@link Actions} written as AWS's service authorization reference lists them: the
 * service prefix; the operations whose action has another name (SQS's SendMessageBatch is
 * {@code sqs:SendMessage}); for the operations on a resource, how its ARN is read from the request
 * (the others, AWS's "no resource type", are on {@code *}); the condition keys some requests bring.
 * Every request that gives tags has the keys IAM gives it ({@code aws:RequestTag/<key>},
 * {@code aws:TagKeys}), read the same way for every service.
 *
 * <p>A table answers any input, however odd: a resource it cannot read is {@code *}, and the
 * service's own validation answers the request after the check.
 */
public final class ActionTable implements Actions {
    /** The ARN of the resource an operation acts on, read from its request; null when the request names none. */
    @FunctionalInterface
    public interface Resource {
        String arn(RequestContext ctx, JsonNode in);
    }

    /** Condition keys of the service's own that a request brings. */
    @FunctionalInterface
    public interface Keys {
        Map<String, List<String>> of(RequestContext ctx, JsonNode in);
    }

    private final String prefix;
    private final Map<String, String> actions;
    private final Map<String, Resource> resources;
    private final Map<String, Keys> keys;
    private final Map<String, Actions> whole;

    private ActionTable(Builder b) {
        this.prefix = b.prefix;
        this.actions = Map.copyOf(b.actions);
        this.resources = Map.copyOf(b.resources);
        this.keys = Map.copyOf(b.keys);
        this.whole = Map.copyOf(b.whole);
    }

    /** A table for the service whose actions start {@code prefix:}. */
    public static Builder of(String prefix) {
        return new Builder(prefix);
    }

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        JsonNode in = input == null ? MissingNode.getInstance() : input;
        String op = ctx.operation();
        Actions own = whole.get(op);
        if (own != null) {
            try {
                return own.of(ctx, in);
            } catch (RuntimeException e) {
                return List.of(new Check(action(op), "*", tagKeys(in)));
            }
        }
        Map<String, List<String>> context = new LinkedHashMap<>(tagKeys(in));
        Keys extra = keys.get(op);
        if (extra != null) {
            try {
                context.putAll(extra.of(ctx, in));
            } catch (RuntimeException e) {
                // keys the request does not give are no keys
            }
        }
        return List.of(new Check(action(op), resource(op, ctx, in), Map.copyOf(context)));
    }

    private String action(String operation) {
        return prefix + ":" + actions.getOrDefault(operation, operation);
    }

    private String resource(String op, RequestContext ctx, JsonNode in) {
        Resource r = resources.get(op);
        if (r == null) {
            return "*";
        }
        try {
            String arn = r.arn(ctx, in);
            return arn == null || arn.isEmpty() ? "*" : arn;
        } catch (RuntimeException e) {
            return "*";
        }
    }

    /**
     * The tag keys IAM gives a request: {@code aws:RequestTag/<key>} for each tag it gives and
     * {@code aws:TagKeys} for their keys, from {@code Tags}/{@code tags} as a map or as a list of
     * Key/Value; {@code aws:TagKeys} alone for the keys it removes ({@code TagKeys}/{@code tagKeys},
     * or CloudWatch Logs' UntagLogGroup's {@code tags}, a list of keys).
     */
    public static Map<String, List<String>> tagKeys(JsonNode in) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> tagKeys = new ArrayList<>();
        JsonNode tags = in.has("Tags") ? in.get("Tags") : in.path("tags");
        if (tags.isObject()) {
            tags.properties().forEach(e -> put(out, tagKeys, e.getKey(), e.getValue()));
        } else if (tags.isArray()) {
            for (JsonNode t : tags) {
                if (t.isTextual()) {
                    tagKeys.add(t.asText());
                } else if (t.path("Key").isTextual()) {
                    put(out, tagKeys, t.get("Key").asText(), t.path("Value"));
                }
            }
        }
        JsonNode removed = in.has("TagKeys") ? in.get("TagKeys") : in.path("tagKeys");
        removed.forEach(k -> {
            if (k.isTextual()) {
                tagKeys.add(k.asText());
            }
        });
        if (!tagKeys.isEmpty()) {
            out.put("aws:TagKeys", List.copyOf(tagKeys));
        }
        return out;
    }

    private static void put(Map<String, List<String>> out, List<String> tagKeys, String key, JsonNode value) {
        tagKeys.add(key);
        out.put("aws:RequestTag/" + key, List.of(value.isValueNode() && !value.isNull() ? value.asText() : ""));
    }

    // What tables read from requests

    /** The text of member {@code name}, or null when the request has no text there. */
    public static String text(JsonNode in, String name) {
        JsonNode v = in.path(name);
        return v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
    }

    /** A resource given as an ARN in member {@code name}, as it is given. */
    public static Resource arnIn(String name) {
        return (ctx, in) -> {
            String v = text(in, name);
            return v != null && Arn.parse(v).isPresent() ? v : null;
        };
    }

    /**
     * A resource of the caller's account and region named by member {@code name}: the ARN with
     * resource {@code type + name} ({@code "log-group:"}, {@code "connection/"}); a member given as
     * an ARN of the service is taken as it is.
     */
    public static Resource named(String service, String type, String name) {
        return (ctx, in) -> {
            String v = text(in, name);
            if (v == null) {
                return null;
            }
            return Arn.isOf(v, service) ? v : Arn.of(service, ctx.region(), ctx.accountId(), type + v).toString();
        };
    }

    public static final class Builder {
        private final String prefix;
        private final Map<String, String> actions = new HashMap<>();
        private final Map<String, Resource> resources = new HashMap<>();
        private final Map<String, Keys> keys = new HashMap<>();
        private final Map<String, Actions> whole = new HashMap<>();

        private Builder(String prefix) {
            this.prefix = prefix;
        }

        /** {@code operation} is authorized as the action {@code prefix:action}. */
        public Builder action(String operation, String action) {
            actions.put(operation, action);
            return this;
        }

        /** These operations act on the resource {@code r} reads from their request. */
        public Builder on(Resource r, String... operations) {
            for (String op : operations) {
                resources.put(op, r);
            }
            return this;
        }

        /** These operations' requests bring the condition keys {@code k} reads, beside their tags. */
        public Builder keys(Keys k, String... operations) {
            for (String op : operations) {
                keys.put(op, k);
            }
            return this;
        }

        /** {@code operation} asks for the checks {@code checks} gives (several, where it acts on several resources). */
        public Builder checks(String operation, Actions checks) {
            whole.put(operation, checks);
            return this;
        }

        public ActionTable build() {
            return new ActionTable(this);
        }
    }
}
