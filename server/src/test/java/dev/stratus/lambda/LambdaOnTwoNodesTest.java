package dev.stratus.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.api.CreateEventSourceMappingRequest;
import dev.stratus.lambda.api.CreateFunctionRequest;
import dev.stratus.lambda.api.DeleteEventSourceMappingRequest;
import dev.stratus.lambda.api.DeleteFunctionRequest;
import dev.stratus.lambda.api.GetFunctionEventInvokeConfigRequest;
import dev.stratus.lambda.api.PutFunctionEventInvokeConfigRequest;
import dev.stratus.lambda.api.UpdateEventSourceMappingRequest;
import dev.stratus.lambda.api.UpdateFunctionConfigurationRequest;
import dev.stratus.lambda.api.UpdateFunctionEventInvokeConfigRequest;
import dev.stratus.platform.Fence;
import dev.stratus.platform.Ports;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Queues;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.runtime.Environments;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL: a function changed through one is run as changed by the other, and
 * an event source mapping created, disabled or deleted through one starts or stops the other's pollers.
 */
class LambdaOnTwoNodesTest {
    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:work";
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final RequestContext ctx = new RequestContext("r", "lambda", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));
    @TempDir
    Path dir;

    /** A queue that is always empty, and remembers each poller thread that looked. */
    static final class WatchedQueue implements Queues {
        final Set<Thread> pollers = ConcurrentHashMap.newKeySet();

        @Override
        public List<ReceivedMessage> receive(Principal caller, String queueArn, int max, int waitSeconds) {
            pollers.add(Thread.currentThread());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }

        @Override
        public void delete(Principal caller, String queueArn, List<String> receiptHandles) {
        }

        @Override
        public Integer visibilityTimeout(String queueArn) {
            return 30;
        }

        boolean polled() {
            return pollers.stream().anyMatch(Thread::isAlive);
        }
    }

    /** One node: its store and Lambda, with environments that never start (nothing is invoked). */
    record Node(PostgresStore store, Jobs jobs, Environments environments, Invoker invoker, LambdaService lambda, WatchedQueue queue)
            implements AutoCloseable {
        static Node on(String url, ManualClock clock, Path dir) throws IOException {
            PostgresStore store = PostgresStore.open(url);
            Jobs jobs = new Jobs(store, clock);
            Environments environments = new Environments(Files.createDirectories(dir.resolve("environments")), spec -> {
                throw new UnsupportedOperationException("nothing runs here");
            }, 60_000);
            Invoker invoker = new Invoker(store, environments, 1000, dir.resolve("code"), () -> "http://127.0.0.1:9", (role, name, as, d) -> {
                throw new UnsupportedOperationException("nothing runs here");
            }, clock, new RecordedMetrics());
            WatchedQueue queue = new WatchedQueue();
            LambdaService lambda = new LambdaService(store, clock, jobs, invoker, queue, 1000, role -> true, new Packages(new Ports()),
                    new CodeLinks(clock, () -> "http://127.0.0.1:9", new byte[32]));
            return new Node(store, jobs, environments, invoker, lambda, queue);
        }

        @Override
        public void close() {
            lambda.stop();
            jobs.close();
            environments.close();
            store.close();
        }
    }

    @Test
    void aFunctionAndItsMappingsChangedThroughOneNodeAreFollowedByTheOther() throws Exception {
        String url = TestPostgres.freshDatabase();
        try (Node a = Node.on(url, clock, dir.resolve("a")); Node b = Node.on(url, clock, dir.resolve("b"))) {
            Fence fence = new Fence(a.store(), b.store());
            b.lambda().start();
            a.lambda().createFunction(ctx, Json.parse("{\"FunctionName\":\"fn\",\"Runtime\":\"python3.12\",\"Handler\":\"index.handler\","
                    + "\"Role\":\"arn:aws:iam::000000000000:role/r\",\"Timeout\":3,\"Code\":{\"ZipFile\":\"" + zip() + "\"}}",
                    CreateFunctionRequest.class));
            FunctionRef fn = FunctionRef.parse(ctx, "fn", null);
            assertEquals(3, b.invoker().target(fn).config().timeout(), "node B keeps the configuration it ran");

            a.lambda().updateFunctionConfiguration(ctx, Json.parse("{\"FunctionName\":\"fn\",\"Timeout\":7}", UpdateFunctionConfigurationRequest.class));
            fence.pass();
            assertEquals(7, b.invoker().target(fn).config().timeout(), "node B runs the configuration node A wrote");

            String uuid = a.lambda().createEventSourceMapping(ctx, Json.parse("{\"EventSourceArn\":\"" + QUEUE + "\",\"FunctionName\":\"fn\"}",
                    CreateEventSourceMappingRequest.class)).uuid();
            fence.pass();
            until(b.queue()::polled, "node B polls the mapping node A created");

            a.lambda().updateEventSourceMapping(ctx, Json.parse("{\"UUID\":\"" + uuid + "\",\"Enabled\":false}", UpdateEventSourceMappingRequest.class));
            fence.pass();
            until(() -> !b.queue().polled(), "node B stops polling the mapping node A disabled");

            a.lambda().updateEventSourceMapping(ctx, Json.parse("{\"UUID\":\"" + uuid + "\",\"Enabled\":true}", UpdateEventSourceMappingRequest.class));
            fence.pass();
            until(b.queue()::polled, "and polls it again once enabled");

            a.lambda().deleteEventSourceMapping(ctx, new DeleteEventSourceMappingRequest(uuid));
            fence.pass();
            until(() -> !b.queue().polled(), "node B stops polling the mapping node A deleted");
            assertTrue(a.queue().pollers.isEmpty(), "node A, not started, polled nothing");

            a.lambda().deleteFunction(ctx, new DeleteFunctionRequest("fn", null));
            fence.pass();
            assertEquals("ResourceNotFoundException", assertThrows(AwsException.class, () -> b.invoker().target(fn)).code());
        }
    }

    @Test
    void asynchronousInvocationSettingsWrittenThroughOneNodeAreWhatTheOtherReads() throws Exception {
        String url = TestPostgres.freshDatabase();
        try (Node a = Node.on(url, clock, dir.resolve("a")); Node b = Node.on(url, clock, dir.resolve("b"))) {
            Fence fence = new Fence(a.store(), b.store());
            a.lambda().createFunction(ctx, Json.parse("{\"FunctionName\":\"fn\",\"Runtime\":\"python3.12\",\"Handler\":\"index.handler\","
                    + "\"Role\":\"arn:aws:iam::000000000000:role/r\",\"Code\":{\"ZipFile\":\"" + zip() + "\"}}", CreateFunctionRequest.class));
            GetFunctionEventInvokeConfigRequest get = new GetFunctionEventInvokeConfigRequest("fn", null);
            assertEquals("ResourceNotFoundException", assertThrows(AwsException.class, () -> b.lambda().getFunctionEventInvokeConfig(ctx, get)).code(),
                    "none yet, and node B keeps that");

            a.lambda().putFunctionEventInvokeConfig(ctx, Json.parse("{\"FunctionName\":\"fn\",\"MaximumRetryAttempts\":1}",
                    PutFunctionEventInvokeConfigRequest.class));
            fence.pass();
            assertEquals(1, b.lambda().getFunctionEventInvokeConfig(ctx, get).maximumRetryAttempts(), "node B reads what node A put");

            a.lambda().updateFunctionEventInvokeConfig(ctx, Json.parse("{\"FunctionName\":\"fn\",\"MaximumRetryAttempts\":0}",
                    UpdateFunctionEventInvokeConfigRequest.class));
            fence.pass();
            assertEquals(0, b.lambda().getFunctionEventInvokeConfig(ctx, get).maximumRetryAttempts(), "and what it updated");

            a.lambda().deleteFunction(ctx, new DeleteFunctionRequest("fn", null));
            a.lambda().createFunction(ctx, Json.parse("{\"FunctionName\":\"fn\",\"Runtime\":\"python3.12\",\"Handler\":\"index.handler\","
                    + "\"Role\":\"arn:aws:iam::000000000000:role/r\",\"Code\":{\"ZipFile\":\"" + zip() + "\"}}", CreateFunctionRequest.class));
            fence.pass();
            assertEquals("ResourceNotFoundException", assertThrows(AwsException.class, () -> b.lambda().getFunctionEventInvokeConfig(ctx, get)).code(),
                    "a function created again under the name has none of the deleted one's settings");
        }
    }

    /** Pollers start and stop on their own threads: waits (a few seconds at most) until they have. */
    private static void until(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private static String zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.py"));
            zip.write("def handler(event, context):\n    return event\n".getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
