import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.bench.TenPolicies;
import dev.stratus.iam.IamModule;
import dev.stratus.platform.Platform;
import dev.stratus.platform.Ports;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.identity.Authentication;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.SqsModule;
import dev.stratus.store.SqliteStore;
import dev.stratus.sts.StsModule;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The identity step's own time per request, for bench/auth, without HTTP, SDK or store writes in
 * the way: the platform's AccessControl (enforcing, default authentication) with the real IAM, STS
 * and SQS modules over an in-memory SQLite store, as StratusServer wires them. The ten-policy role
 * ({@link TenPolicies}) and a session of it are made through the modules' own dispatchers as the
 * root; then each caller's SendMessage to a bench queue is identified, authenticated and authorized
 * as the gateway does it (Gateway.call), one request at a time on one thread.
 *
 * <p>Run by bench/auth as a single-file program, on the classpath of the server's jar and the
 * load generator's: {@code java -cp stratus.jar:lib/*:stratus-bench.jar AuthDecision.java N}.
 * Prints a Markdown table.
 */
public final class AuthDecision {
    static final String ACCOUNT = "000000000000";
    static final String REGION = "us-east-1";
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final SqliteStore store = SqliteStore.inMemory();
    final AccessControl access;
    final ServiceModule iam, sts, sqs;
    final String sqsId;

    AuthDecision() {
        Ports ports = new Ports();
        access = new AccessControl(ACCOUNT, REGION, Clock.SYSTEM, store, ports, true, Authentication.Mode.DEFAULT);
        Platform platform = new Platform(store, Clock.SYSTEM, new Timers(store, Clock.SYSTEM), new Jobs(store, Clock.SYSTEM, access::check),
                ports, access, REGION, ACCOUNT, () -> "http://127.0.0.1:4566");
        iam = new IamModule(platform);
        sts = new StsModule(platform);
        sqs = new SqsModule(platform);
        List.of(iam, sts, sqs).forEach(access::serve);
        sqsId = sqs.model().id();
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        AuthDecision bench = new AuthDecision();
        String queueUrl = bench.call(bench.sqs, "CreateQueue", "test", object("QueueName", "bench-decision")).get("QueueUrl").asText();
        String otherUrl = bench.call(bench.sqs, "CreateQueue", "test", object("QueueName", "payroll")).get("QueueUrl").asText();
        String sessionKey = bench.session();

        ObjectNode send = object("QueueUrl", queueUrl, "MessageBody", "hello");
        bench.refused(sessionKey, object("QueueUrl", otherUrl, "MessageBody", "hello"));
        System.out.println("| Caller | Requests | p50 (µs) | p90 (µs) | p99 (µs) | Mean (µs) | p50 identify / authenticate / authorize (µs) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        for (String[] caller : new String[][] {{"root (test/test)", "test"}, {"session of the ten-policy role", sessionKey}}) {
            bench.time(caller[1], send, Math.max(1, n / 2));
            System.out.println(row(caller[0], bench.time(caller[1], send, n)));
        }
        System.out.println();
        System.out.println("One thread, SendMessage to a bench-* queue, the gateway's three steps (identify the access key, authenticate,");
        System.out.println("authorize), timed one request at a time after " + Math.max(1, n / 2) + " unmeasured ones; the session is also");
        System.out.println("checked to be refused SendMessage to a queue outside bench-*. Issue 13's goal: p50 < 50 µs with a role of ten policies.");
        bench.store.close();
    }

    /** Makes the role with the ten policies through IAM, and a session of it through STS; its access key. */
    String session() {
        String roleArn = call(iam, "CreateRole", "test", object("RoleName", TenPolicies.ROLE_NAME,
                "AssumeRolePolicyDocument", TenPolicies.trust(ACCOUNT))).get("Role").get("Arn").asText();
        for (TenPolicies.Named p : TenPolicies.INLINE) {
            call(iam, "PutRolePolicy", "test", object("RoleName", TenPolicies.ROLE_NAME, "PolicyName", p.name(), "PolicyDocument", p.document()));
        }
        for (TenPolicies.Named p : TenPolicies.MANAGED) {
            String arn = call(iam, "CreatePolicy", "test", object("PolicyName", p.name(), "PolicyDocument", p.document()))
                    .get("Policy").get("Arn").asText();
            call(iam, "AttachRolePolicy", "test", object("RoleName", TenPolicies.ROLE_NAME, "PolicyArn", arn));
        }
        return call(sts, "AssumeRole", "test", object("RoleArn", roleArn, "RoleSessionName", "bench"))
                .get("Credentials").get("AccessKeyId").asText();
    }

    /** Times {@code count} SendMessage requests' identity step: nanoseconds each, per step (identify, authenticate, authorize). */
    long[][] time(String accessKey, ObjectNode input, int count) {
        long[][] nanos = new long[3][count];
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            RequestContext ctx = context(sqs, "SendMessage", accessKey);
            long t1 = System.nanoTime();
            access.authenticate(null, ctx); // the default mode reads no request: it looks the key up
            long t2 = System.nanoTime();
            access.authorize(ctx, input);
            long t3 = System.nanoTime();
            nanos[0][i] = t1 - t0;
            nanos[1][i] = t2 - t1;
            nanos[2][i] = t3 - t2;
        }
        return nanos;
    }

    void refused(String accessKey, ObjectNode input) {
        try {
            access.authorize(context(sqs, "SendMessage", accessKey), input);
        } catch (AwsException expected) {
            return;
        }
        throw new IllegalStateException("the ten-policy session was allowed SendMessage outside bench-*: its policies are not evaluated");
    }

    JsonNode call(ServiceModule module, String operation, String accessKey, ObjectNode input) {
        return Json.tree(module.dispatcher().invoke(operation, context(module, operation, accessKey), input));
    }

    RequestContext context(ServiceModule module, String operation, String accessKey) {
        return context(module == sqs ? sqsId : module.model().id(), operation, accessKey);
    }

    /** As the gateway makes it: the service's id is read once (a module's model() loads it afresh). */
    RequestContext context(String service, String operation, String accessKey) {
        return new RequestContext("bench", service, operation, REGION, ACCOUNT, accessKey, "localhost", access.identify(accessKey, REGION));
    }

    static ObjectNode object(String... keysAndValues) {
        ObjectNode o = JSON.objectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            o.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return o;
    }

    static String row(String caller, long[][] steps) {
        int count = steps[0].length;
        long[] total = new long[count];
        for (int i = 0; i < count; i++) {
            total[i] = steps[0][i] + steps[1][i] + steps[2][i];
        }
        Arrays.sort(total);
        for (long[] step : steps) {
            Arrays.sort(step);
        }
        double mean = Arrays.stream(total).average().orElse(Double.NaN);
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f / %.1f |", caller, count,
                at(total, 0.50) / 1e3, at(total, 0.90) / 1e3, at(total, 0.99) / 1e3, mean / 1e3,
                at(steps[0], 0.50) / 1e3, at(steps[1], 0.50) / 1e3, at(steps[2], 0.50) / 1e3);
    }

    static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))];
    }
}
