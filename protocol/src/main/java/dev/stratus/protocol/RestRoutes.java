package dev.stratus.protocol;

import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the operation of a REST service (rest-json, rest-xml) a request is for, from its method,
 * path and query keys, by the requestUri templates of the model: {@code /2015-03-31/functions/{FunctionName}},
 * greedy {@code {Key+}} labels, and literal query keys such as {@code ?tagging}. A route also needs
 * the query parameters and headers its input requires (S3's UploadPart is PutObject's URI with
 * {@code uploadId} and {@code partNumber}; CopyObject's, with {@code x-amz-copy-source}); see
 * {@link #moreSpecific} for which route wins.
 */
final class RestRoutes {
    record Match(ServiceModel model, Operation operation, Map<String, String> labels) {
    }

    private record Route(ServiceModel model, Operation operation, String method, List<String> segments, List<String> queryKeys,
                         List<String> requiredQuery, List<String> requiredHeaders, int literals) {
        int required() {
            return requiredQuery.size() + requiredHeaders.size();
        }

        boolean hasRequired(HttpRequest request) {
            return request.query().keySet().containsAll(requiredQuery) && request.headers().keySet().containsAll(requiredHeaders);
        }
    }

    private final List<Route> routes = new ArrayList<>();

    void add(ServiceModel model) {
        for (Operation op : model.operations().values()) {
            String uri = op.requestUri();
            int q = uri.indexOf('?');
            String path = q < 0 ? uri : uri.substring(0, q);
            List<String> queryKeys = new ArrayList<>();
            if (q >= 0) {
                for (String kv : uri.substring(q + 1).split("&")) {
                    if (!kv.isEmpty()) {
                        queryKeys.add(kv.contains("=") ? kv.substring(0, kv.indexOf('=')) : kv);
                    }
                }
            }
            List<String> requiredQuery = new ArrayList<>();
            List<String> headers = new ArrayList<>();
            Shape input = op.input() == null ? null : model.shape(op.input());
            if (input != null) {
                for (String required : input.required()) {
                    Member m = input.members().get(required);
                    if ("querystring".equals(m.location()) && !model.shape(m.target()).isMap()) {
                        requiredQuery.add(m.wireName());
                    } else if ("header".equals(m.location())) {
                        headers.add(m.wireName().toLowerCase());
                    }
                }
            }
            List<String> segments = segments(path);
            int literals = (int) segments.stream().filter(s -> !s.startsWith("{")).count();
            routes.add(new Route(model, op, op.httpMethod(), segments, queryKeys, requiredQuery, headers, literals));
        }
    }

    /** The best route for the request among {@code model}'s (or every model's, when null). */
    Match match(ServiceModel model, HttpRequest request) {
        List<String> path = segments(request.path());
        Route best = null;
        Map<String, String> bestLabels = null;
        for (Route r : routes) {
            if ((model != null && r.model() != model) || !r.method().equals(request.method())
                    || !request.query().keySet().containsAll(r.queryKeys())) {
                continue;
            }
            Map<String, String> labels = bind(r.segments(), path);
            if (labels != null && (best == null || moreSpecific(r, best, request))) {
                best = r;
                bestLabels = labels;
            }
        }
        return best == null ? null : new Match(best.model(), best.operation(), bestLabels);
    }

    /**
     * Most literal segments, then most literal query keys of the template; then one whose
     * required parameters the request has (a route that lacks them still wins over a less specific
     * template, so that its input check says what is missing), the most of them; then one the model
     * does not deprecate.
     */
    private static boolean moreSpecific(Route r, Route than, HttpRequest request) {
        if (r.literals() != than.literals()) {
            return r.literals() > than.literals();
        }
        if (r.queryKeys().size() != than.queryKeys().size()) {
            return r.queryKeys().size() > than.queryKeys().size();
        }
        boolean has = r.hasRequired(request);
        if (has != than.hasRequired(request)) {
            return has;
        }
        if (r.required() != than.required()) {
            return r.required() > than.required();
        }
        return than.operation().deprecated() && !r.operation().deprecated();
    }

    private static Map<String, String> bind(List<String> template, List<String> path) {
        Map<String, String> labels = new HashMap<>();
        int i = 0;
        for (; i < template.size(); i++) {
            String t = template.get(i);
            if (t.startsWith("{") && t.endsWith("+}")) {
                if (i >= path.size()) {
                    return null;
                }
                labels.put(t.substring(1, t.length() - 2), decode(String.join("/", path.subList(i, path.size()))));
                return labels;
            }
            if (i >= path.size()) {
                return null;
            }
            if (t.startsWith("{")) {
                labels.put(t.substring(1, t.length() - 1), decode(path.get(i)));
            } else if (!t.equals(path.get(i))) {
                return null;
            }
        }
        return i == path.size() ? labels : null;
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
