package dev.stratus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.time.Clock;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The connection limit on a Stratus of its own, whose idle and header timeouts are long (10 s): a
 * connection that got in quickly got in because idle ones were let go for it, not because they timed
 * out, however slow a busy machine makes the answer.
 */
class HttpFrontLimitTest {
    private static final int MAX_CONNECTIONS = 20;
    private static final int TIMEOUT_SECONDS = 10;

    @Test
    void idleConnectionsBeyondTheLimitCannotKeepOthersOut() throws IOException {
        Path dir = Files.createTempDirectory("stratus-front-limit");
        Config d = Config.embedded(dir, null);
        try (StratusServer stratus = new StratusServer(new Config(d.host(), 0, dir, true, null, false, d.region(), d.accountId(),
                d.lambdaConcurrency(), d.lambdaRetryDelaySeconds(), MAX_CONNECTIONS, TIMEOUT_SECONDS, TIMEOUT_SECONDS, List.of(), List.of(),
                Config.Auth.DEFAULT, d.ec2TransitionDelay(), null, null), Clock.SYSTEM).start()) {
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < MAX_CONNECTIONS * 3; i++) {
                    idle.add(new Socket("127.0.0.1", stratus.port()));
                }
                long started = System.nanoTime();
                try (Socket s = new Socket("127.0.0.1", stratus.port())) {
                    s.setSoTimeout(TIMEOUT_SECONDS * 2 * 1000);
                    assertEquals(200, HttpFrontTest.send(s, HttpFrontTest.HEALTH).status());
                }
                long ms = (System.nanoTime() - started) / 1_000_000;
                assertTrue(ms < TIMEOUT_SECONDS * 1000 / 2, "health answered after " + ms + " ms, as if idle connections had to time out first");
            } finally {
                for (Socket s : idle) {
                    s.close();
                }
            }
        }
    }
}
