package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way in: finds the service, operation and protocol a request is for, reads its input
 * through that protocol, calls the service and writes its answer in the same protocol.
 * Knows services only as models with dispatchers. In order:
 * <ol>
 * <li>{@code X-Amz-Target: Prefix.Operation} — awsJson, service by target prefix;</li>
 * <li>{@code POST /service/{Service}/operation/{Operation}} with {@code smithy-protocol:
 * rpc-v2-cbor} — CBOR, service by its Smithy name (the target prefix);</li>
 * <li>a form body or query string with {@code Action=} — awsQuery, or EC2's dialect for EC2,
 * service by the SigV4 signing name, else by which query service declares the action;</li>
 * <li>anything else — a REST protocol, service by signing name, operation by URI template; an
 * S3 request that names its bucket in the host ({@code bucket.localhost:4566}) is routed as if
 * the bucket began its path.</li>
 * </ol>
 */
public final class Gateway {
    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());
    private static final Protocol JSON = new JsonProtocol();
    private static final Protocol CBOR = new CborProtocol();
    private static final Protocol QUERY = new QueryProtocol(QueryProtocol.Dialect.QUERY);
    private static final Protocol EC2 = new QueryProtocol(QueryProtocol.Dialect.EC2);
    private static final Protocol REST_JSON = new RestProtocol(RestProtocol.Body.JSON);
    private static final Protocol REST_XML = new RestProtocol(RestProtocol.Body.XML);
    private static final Protocol S3_XML = new RestProtocol(RestProtocol.Body.S3_XML);

    /** A service as the gateway knows it: its model and what calls its operations. */
    public record Service(ServiceModel model, ServiceDispatcher dispatcher) {
    }

    private final Map<String, Service> byTargetPrefix = new HashMap<>();
    // Registration order decides, should two query services declare the same action.
    private final Map<String, Service> bySigningName = new LinkedHashMap<>();
    private final Map<ServiceModel, Service> byModel = new HashMap<>();
    private final RestRoutes restRoutes = new RestRoutes();
    private final String defaultRegion;
    private final String accountId;
    private final Gatekeeper gatekeeper;
    private Consumer<ApiCall> listener = c -> { };

    public Gateway(List<Service> services, String defaultRegion, String accountId, Gatekeeper gatekeeper) {
        for (Service s : services) {
            ServiceModel m = s.model();
            if (m.targetPrefix() != null) {
                byTargetPrefix.put(m.targetPrefix(), s);
            }
            bySigningName.put(m.signingName(), s);
            byModel.put(m, s);
            if (m.protocol().startsWith("rest-")) {
                restRoutes.add(m);
            }
        }
        this.defaultRegion = defaultRegion;
        this.accountId = accountId;
        this.gatekeeper = gatekeeper;
    }

    /** Sees every call that reached an operation, once it is answered: for request logging and CloudTrail. */
    public void onCall(Consumer<ApiCall> listener) {
        this.listener = listener;
    }

    public HttpResponse handle(HttpRequest request) {
        try {
            return route(request);
        } catch (AwsException e) {
            return refuse(request, e);
        }
    }

    /**
     * Answers {@code error} in the protocol the request appears to speak, for requests refused
     * before a service is found: an unreadable body, a malformed form.
     */
    public HttpResponse refuse(HttpRequest request, AwsException error) {
        SigV4 scope = SigV4.of(request);
        Service signed = scope != null ? bySigningName.get(scope.service()) : null;
        // A form signed for EC2 is answered in EC2's dialect, as the client reads it, even when the form itself is malformed.
        Protocol form = signed != null && "ec2".equals(signed.model().protocol()) ? EC2 : QUERY;
        Protocol protocol = request.header("x-amz-target") != null ? JSON
                : "rpc-v2-cbor".equals(request.header("smithy-protocol")) ? CBOR
                : QueryProtocol.isForm(request) ? form
                : signed != null ? restProtocol(signed.model()) : REST_JSON;
        String region = scope == null ? defaultRegion : scope.region();
        String accessKey = scope == null ? null : scope.accessKeyId();
        RequestContext ctx = new RequestContext(Ids.uuid(), null, null, region, accountId, accessKey, String.valueOf(request.header("host")),
                gatekeeper.identify(accessKey, region), request.sourceIp(), request.header("user-agent"));
        return reject(protocol, null, error, ctx);
    }

    private HttpResponse route(HttpRequest request) {
        String requestId = Ids.uuid();
        SigV4 scope = SigV4.of(request);
        String region = scope != null && !scope.region().isEmpty() ? scope.region() : defaultRegion;
        String accessKey = scope != null ? scope.accessKeyId() : null;
        String host = request.header("host") != null ? request.header("host") : "localhost";
        Where where = new Where(requestId, region, accessKey, host, request.sourceIp(), request.header("user-agent"));

        String target = request.header("x-amz-target");
        if (target != null) {
            int dot = target.lastIndexOf('.');
            return rpc(JSON, dot < 0 ? null : byTargetPrefix.get(target.substring(0, dot)), dot < 0 ? target : target.substring(dot + 1),
                    target, request, where);
        }
        if ("rpc-v2-cbor".equals(request.header("smithy-protocol")) && request.path().startsWith("/service/")) {
            String[] p = request.path().split("/");
            boolean shaped = p.length == 5 && p[3].equals("operation");
            return rpc(CBOR, shaped ? byTargetPrefix.get(p[2]) : null, shaped ? p[4] : request.path(), request.path(), request, where);
        }
        String action = queryAction(request);
        Service signed = scope != null ? bySigningName.get(scope.service()) : null;
        if (action != null || (signed != null && isQuery(signed.model()))) {
            Service service = signed != null && isQuery(signed.model()) ? signed : action == null ? null : serviceDeclaring(action);
            Protocol protocol = service != null && "ec2".equals(service.model().protocol()) ? EC2 : QUERY;
            RequestContext ctx = context(where, service, action);
            if (service == null) {
                return reject(protocol, null, new AwsException("InvalidAction", "The action " + action + " is not valid for this web service."), ctx);
            }
            if (action == null) {
                return reject(protocol, service.model(), AwsException.missingParameter("Action"), ctx);
            }
            Operation operation = service.model().operation(action);
            if (operation == null) {
                return reject(protocol, service.model(), new AwsException("InvalidAction", "The action " + action + " is not valid for this web service."), ctx);
            }
            return call(protocol, service, operation, request, request, Map.of(), ctx);
        }
        String bucket = signed == null || S3_SIGNING_NAME.equals(signed.model().signingName()) ? S3Hosts.bucket(host) : null;
        HttpRequest routed = bucket == null ? request : request.withPath("/" + bucket + request.path());
        Service restService = signed == null && bucket != null ? bySigningName.get(S3_SIGNING_NAME) : signed;
        RestRoutes.Match match = restRoutes.match(restService == null ? null : restService.model(), routed);
        if (match == null) {
            RequestContext ctx = context(where, restService, null);
            return reject(restService == null ? REST_JSON : restProtocol(restService.model()), restService == null ? null : restService.model(),
                    new AwsException("UnknownOperationException", "No operation matches " + request.method() + " " + request.path(), 404), ctx);
        }
        Service service = byModel.get(match.model());
        return call(restProtocol(match.model()), service, match.operation(), request, routed, match.labels(),
                context(where, service, match.operation().name()));
    }

    /**
     * The S3 bucket {@code request} is routed to when sent by {@code method} (a preflight asks for
     * the method it announces), or null when it goes to no bucket or to another service: so that a
     * bucket's CORS rules open that bucket, and nothing else, to a web page.
     */
    public String s3Bucket(HttpRequest request, String method) {
        if (request.header("x-amz-target") != null || request.header("smithy-protocol") != null || queryAction(request) != null) {
            return null;
        }
        SigV4 scope = SigV4.of(request);
        Service signed = scope != null ? bySigningName.get(scope.service()) : null;
        if (signed != null && !S3_SIGNING_NAME.equals(signed.model().signingName())) {
            return null;
        }
        String bucket = S3Hosts.bucket(request.header("host") != null ? request.header("host") : "localhost");
        String path = bucket == null ? request.path() : "/" + bucket + request.path();
        Service restService = signed == null && bucket != null ? bySigningName.get(S3_SIGNING_NAME) : signed;
        RestRoutes.Match match = restRoutes.match(restService == null ? null : restService.model(),
                new HttpRequest(method, path, request.query(), request.headers(), request.content(), request.sourceIp()));
        return match != null && S3_SIGNING_NAME.equals(match.model().signingName()) ? match.labels().get("Bucket") : null;
    }

    private static final String S3_SIGNING_NAME = "s3";

    private static Protocol restProtocol(ServiceModel model) {
        return !"rest-xml".equals(model.protocol()) ? REST_JSON : S3_SIGNING_NAME.equals(model.signingName()) ? S3_XML : REST_XML;
    }

    /** Where a request came from and what it is signed for: what every context of it shares. */
    private record Where(String requestId, String region, String accessKey, String host, String sourceIp, String userAgent) {
    }

    private HttpResponse rpc(Protocol protocol, Service service, String op, String asked, HttpRequest request, Where w) {
        RequestContext ctx = context(w, service, op);
        if (service == null || service.model().operation(op) == null) {
            return reject(protocol, service == null ? null : service.model(),
                    new AwsException("UnknownOperationException", "Operation " + asked + " is not supported."), ctx);
        }
        return call(protocol, service, service.model().operation(op), request, request, Map.of(), ctx);
    }

    private RequestContext context(Where w, Service service, String op) {
        return new RequestContext(w.requestId(), service == null ? null : service.model().id(), op, w.region(), accountId, w.accessKey(), w.host(),
                gatekeeper.identify(w.accessKey(), w.region()), w.sourceIp(), w.userAgent());
    }

    /** Calls {@code operation}: the request as signed is authenticated, and its input read from the request as routed. */
    private HttpResponse call(Protocol protocol, Service service, Operation operation, HttpRequest request, HttpRequest routed,
                              Map<String, String> labels, RequestContext ctx) {
        ObjectNode input = null;
        JsonNode output = null;
        AwsException error = null;
        HttpResponse response = null;
        try {
            gatekeeper.authenticate(request, ctx);
            input = protocol.readInput(service.model(), operation, routed, labels);
            gatekeeper.authorize(ctx, input);
            Object answer = service.dispatcher().invoke(operation.name(), ctx, input);
            output = answer == null ? null : Json.tree(answer);
            response = protocol.writeOutput(service.model(), operation, output, ctx).withHeader("x-amzn-RequestId", ctx.requestId());
        } catch (AwsException e) {
            error = e;
        } catch (AuthFailure e) {
            error = e.in(style(protocol));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "request " + ctx.requestId() + " (" + ctx.service() + "." + ctx.operation() + ") failed", e);
            error = AwsException.internal("We encountered an internal error. Please try again.");
        }
        listener.accept(new ApiCall(ctx, input, error == null ? output : null, error));
        return error == null ? response : reject(protocol, service.model(), error, ctx);
    }

    private static HttpResponse reject(Protocol protocol, ServiceModel model, AwsException e, RequestContext ctx) {
        HttpResponse answer = protocol.writeError(model, AwsError.of(model, e), ctx).withHeader("x-amzn-RequestId", ctx.requestId());
        for (Map.Entry<String, String> h : e.headers().entrySet()) {
            answer = answer.withHeader(h.getKey(), h.getValue());
        }
        return answer;
    }

    /** Which family of front-door errors the protocol's services answer. */
    private static AuthFailure.Style style(Protocol protocol) {
        return protocol == QUERY || protocol == EC2 ? AuthFailure.Style.QUERY
                : protocol == REST_JSON ? AuthFailure.Style.REST_JSON
                : protocol == REST_XML || protocol == S3_XML ? AuthFailure.Style.REST_XML
                : AuthFailure.Style.JSON;
    }

    private static boolean isQuery(ServiceModel m) {
        return "query".equals(m.protocol()) || "ec2".equals(m.protocol()) || m.queryCompatible();
    }

    private static String queryAction(HttpRequest request) {
        return QueryProtocol.isForm(request) ? QueryProtocol.parameters(request).get("Action") : null;
    }

    private Service serviceDeclaring(String action) {
        for (Service s : bySigningName.values()) {
            if (isQuery(s.model()) && s.model().operation(action) != null) {
                return s;
            }
        }
        return null;
    }
}
