package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way in: finds the service and operation a request is for, reads its input through
 * the request's protocol, calls the service and writes its answer in the same protocol.
 * Knows services only as models with dispatchers.
 */
public final class Gateway {
    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());
    private static final Protocol JSON = new JsonProtocol();
    private static final Protocol QUERY = new QueryProtocol();

    /** A service as the gateway knows it: its model and what calls its operations. */
    public record Service(ServiceModel model, ServiceDispatcher dispatcher) {
    }

    private final Map<String, Service> byTargetPrefix = new HashMap<>();
    private final Map<String, Service> bySigningName = new HashMap<>();
    private final String defaultRegion;
    private final String accountId;
    private Consumer<RequestContext> observer = c -> { };

    public Gateway(List<Service> services, String defaultRegion, String accountId) {
        for (Service s : services) {
            if (s.model().targetPrefix() != null) {
                byTargetPrefix.put(s.model().targetPrefix(), s);
            }
            bySigningName.put(s.model().signingName(), s);
        }
        this.defaultRegion = defaultRegion;
        this.accountId = accountId;
    }

    /** Sees every request's context once it is routed; for request logging. */
    public void observe(Consumer<RequestContext> observer) {
        this.observer = observer;
    }

    public HttpResponse handle(HttpRequest request) {
        String requestId = UUID.randomUUID().toString();
        SigV4 scope = SigV4.of(request);
        String region = scope != null && !scope.region().isEmpty() ? scope.region() : defaultRegion;
        String accessKey = scope != null ? scope.accessKeyId() : null;
        String host = request.header("host") != null ? request.header("host") : "localhost";
        String target = request.header("x-amz-target");
        if (target != null) {
            int dot = target.lastIndexOf('.');
            Service service = dot < 0 ? null : byTargetPrefix.get(target.substring(0, dot));
            String op = dot < 0 ? target : target.substring(dot + 1);
            RequestContext ctx = new RequestContext(requestId, service == null ? null : service.model().id(), op, region, accountId, accessKey, host);
            if (service == null || service.model().operation(op) == null) {
                return JSON.writeError(service == null ? null : service.model(),
                        AwsError.of(null, new AwsException("UnknownOperationException", "Operation " + target + " is not supported.")), ctx);
            }
            return call(JSON, service, service.model().operation(op), request, ctx);
        }
        String action = queryAction(request);
        Service service = scope != null ? bySigningName.get(scope.service()) : null;
        if (service == null && action != null) {
            service = serviceDeclaring(action);
        }
        RequestContext ctx = new RequestContext(requestId, service == null ? null : service.model().id(), action, region, accountId, accessKey, host);
        if (service == null) {
            return QUERY.writeError(null, AwsError.of(null, new AwsException("InvalidAction",
                    action == null ? "The request names no action and no service." : "The action " + action + " is not valid for this web service.")), ctx);
        }
        if (action == null) {
            return QUERY.writeError(service.model(), AwsError.of(null, AwsException.missingParameter("Action")), ctx);
        }
        Operation operation = service.model().operation(action);
        if (operation == null) {
            return QUERY.writeError(service.model(), AwsError.of(null,
                    new AwsException("InvalidAction", "The action " + action + " is not valid for this web service.")), ctx);
        }
        return call(QUERY, service, operation, request, ctx);
    }

    private HttpResponse call(Protocol protocol, Service service, Operation operation, HttpRequest request, RequestContext ctx) {
        observer.accept(ctx);
        try {
            ObjectNode input = protocol.readInput(service.model(), operation, request);
            Object output = service.dispatcher().invoke(operation.name(), ctx, input);
            JsonNode tree = output == null ? null : Json.tree(output);
            return protocol.writeOutput(service.model(), operation, tree, ctx).withHeader("x-amzn-RequestId", ctx.requestId());
        } catch (AwsException e) {
            return protocol.writeError(service.model(), AwsError.of(service.model(), e), ctx).withHeader("x-amzn-RequestId", ctx.requestId());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "request " + ctx.requestId() + " (" + ctx.service() + "." + ctx.operation() + ") failed", e);
            return protocol.writeError(service.model(), AwsError.of(null, AwsException.internal("We encountered an internal error. Please try again.")), ctx)
                    .withHeader("x-amzn-RequestId", ctx.requestId());
        }
    }

    private static String queryAction(HttpRequest request) {
        String action = request.queryParam("Action");
        if (action != null) {
            return action;
        }
        String contentType = request.header("content-type");
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            return QueryProtocol.FormBody.parse(request).get("Action");
        }
        return null;
    }

    private Service serviceDeclaring(String action) {
        for (Service s : bySigningName.values()) {
            if ("query".equals(s.model().protocol()) || s.model().queryCompatible()) {
                if (s.model().operation(action) != null) {
                    return s;
                }
            }
        }
        return null;
    }
}
