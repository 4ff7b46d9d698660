package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The Java SDK against a Stratus with a low connection limit and a one-second idle timeout
 * (issue 11): idle sockets held by someone else do not lock it out, and neither a long poll
 * outlasting the idle timeout nor a pooled connection Stratus closed while idle fails a call.
 */
class HttpFrontIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().maxConnections(8).idleTimeout(1);
    static SqsClient sqs;

    @BeforeAll
    static void client() {
        sqs = Clients.sqs(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        sqs.close();
    }

    @Test
    void idleSocketsPastTheLimitDoNotLockTheSdkOut() throws IOException {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                idle.add(new Socket("127.0.0.1", STRATUS.port()));
            }
            String url = sqs.createQueue(b -> b.queueName("front-idle")).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("through"));
            assertEquals("through", sqs.receiveMessage(b -> b.queueUrl(url)).messages().getFirst().body());
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    @Test
    void aLongPollOutlastsTheIdleTimeoutAndAClosedIdleConnectionIsNoError() throws InterruptedException {
        String url = sqs.createQueue(b -> b.queueName("front-long-poll")).queueUrl();
        long started = System.nanoTime();
        assertTrue(sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(3)).messages().isEmpty());
        assertTrue(System.nanoTime() - started > 2_900_000_000L, "waited its 3 s, three times the idle timeout");
        Thread.sleep(2_500); // Stratus closes the pooled connection meanwhile.
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("after idle"));
        assertEquals("after idle", sqs.receiveMessage(b -> b.queueUrl(url)).messages().getFirst().body());
    }
}
