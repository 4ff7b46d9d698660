package dev.stratus.lambda;

import dev.stratus.lambda.api.LambdaDispatcher;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.SharedSecrets;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.platform.port.Functions;
import dev.stratus.platform.port.LogSink;
import dev.stratus.platform.port.Metrics;
import dev.stratus.platform.port.Queues;
import dev.stratus.platform.port.RoleSessions;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.HttpResponse;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.runtime.Environments;
import dev.stratus.runtime.InvocationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * AWS Lambda: functions run as local processes in execution environments under {@code dir}, their
 * output written through the {@link LogSink} port.
 */
public final class LambdaModule implements ServiceModule {
    /** How long an execution environment stays warm unused; AWS keeps them for minutes, not a fixed time. */
    private static final long IDLE_ENVIRONMENT_MS = 10 * 60 * 1000;

    /**
     * Where environments and unpacked code live, the account's concurrency, and the delay before
     * the first retry of a failed asynchronous event (AWS's is a minute).
     */
    public record Settings(Path dir, int concurrency, long retryUnitMillis) {
    }

    private final FunctionLogs functionLogs;
    private final Environments environments;
    private final LambdaService lambda;
    private final CodeLinks links;

    private static final Principal LAMBDA = Principal.service("lambda.amazonaws.com");

    public LambdaModule(Platform platform, Settings settings) {
        this.functionLogs = new FunctionLogs(platform.ports().get(LogSink.class));
        try {
            this.environments = new Environments(settings.dir().resolve("environments"), functionLogs, IDLE_ENVIRONMENT_MS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Invoker invoker = new Invoker(platform.store(), environments, settings.concurrency(), settings.dir().resolve("code"), platform.endpoint(),
                platform.ports().get(RoleSessions.class), platform.clock(), platform.ports().get(Metrics.class));
        invoker.concurrency().countAcrossNodes(platform.store(), platform.jobs().nodes());
        platform.jobs().watchDeliveries("lambda", invoker.metrics()::deliveryAttempted);
        this.links = new CodeLinks(platform.clock(), platform.endpoint(), SharedSecrets.of(platform.store(), "lambda.code-links"));
        this.lambda = new LambdaService(platform.store(), platform.clock(), platform.jobs(), invoker, platform.ports().get(Queues.class),
                settings.retryUnitMillis(), role -> platform.access().trusts(role, LAMBDA), new Packages(platform.ports()), links);
        platform.access().resourcePolicies("lambda", lambda::functionPolicy);
        platform.ports().offer(Functions.class, (caller, source, functionArn, payload) -> {
            platform.access().check(caller, "lambda:InvokeFunction", functionArn, Map.of("aws:SourceArn", List.of(source),
                    "aws:SourceAccount", List.of(Arn.parse(source).map(Arn::account).orElse(""))));
            return invoke(invoker, caller, functionArn, payload);
        });
    }

    /** A synchronous invocation for another service (its caller's permission checked), run as the Invoke operation runs one. */
    private static Functions.Result invoke(Invoker invoker, Principal caller, String functionArn, byte[] payload) {
        FunctionRef ref = FunctionRef.parse(new RequestContext(null, "lambda", "Invoke", null, null, null, null, caller), functionArn, null);
        InvocationResult result = invoker.run(invoker.target(ref), Ids.uuid(), payload, ref.invokedArn(), null, false);
        return new Functions.Result(result.payload(), result.errorType());
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("lambda");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new LambdaDispatcher(lambda);
    }

    @Override
    public Actions actions() {
        return LambdaActions.actions();
    }

    /** Lambda, a REST service, refuses with AccessDeniedException and 403. */
    @Override
    public Refusal refusal() {
        return Refusal.ACCESS_DENIED_EXCEPTION_403;
    }

    @Override
    public void start() {
        lambda.start();
    }

    /** Pollers first, then the environments: nothing may start one once they are gone. */
    @Override
    public void stop() {
        lambda.stop();
        environments.close();
        functionLogs.close();
    }

    /** The links GetFunction and GetLayerVersion answer with (Code.Location, Content.Location). */
    @Override
    public Map<String, Function<HttpRequest, HttpResponse>> endpoints() {
        return Map.of(CodeLinks.PATH, this::code);
    }

    /** A package, to whoever holds a link that is neither forged nor expired; refused as S3 refuses a presigned URL. */
    private HttpResponse code(HttpRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return s3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
        }
        CodeLinks.Checked link = links.check(request.query());
        if (link.refusal() == CodeLinks.Refusal.FORGED) {
            return s3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. "
                    + "Check your key and signing method.");
        }
        if (link.refusal() == CodeLinks.Refusal.EXPIRED) {
            return s3Error(403, "AccessDenied", "Request has expired");
        }
        byte[] zip = lambda.code(link.codeSha());
        if (zip == null) {
            return s3Error(404, "NoSuchKey", "The specified key does not exist.");
        }
        return HttpResponse.of(200, "application/zip", zip);
    }

    private static HttpResponse s3Error(int status, String code, String message) {
        return HttpResponse.text(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message + "</Message><RequestId>" + Ids.uuid() + "</RequestId></Error>");
    }

    /** "sandboxed", or why functions run as plain processes (docs/security.md). */
    @Override
    public Map<String, Object> health() {
        return Map.of("lambdaIsolation", environments.isolation());
    }

}
