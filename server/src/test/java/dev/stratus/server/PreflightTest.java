package dev.stratus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.SqliteStore;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {
    @TempDir
    Path dir;

    @Test
    void aSecondStartBesideARunningOneNamesBothObstaclesAndTheirOptionsInOneMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket();
                SqliteStore running = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH)) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            Config config = Config.parse(new String[] {"--port", Integer.toString(taken.getLocalPort()), "--data", dir.toString()}, Map.of());
            String message = Preflight.obstacles(config).orElseThrow();
            assertEquals("127.0.0.1:" + taken.getLocalPort() + " is already in use, and another Stratus (pid " + ProcessHandle.current().pid()
                    + ") is using the data directory " + dir + ". Stop the other one, or start this one beside it with"
                    + " --port N (STRATUS_PORT) and --data DIR (STRATUS_DATA) or --ephemeral.", message);
        }
    }

    @Test
    void aFreePortAndAFreeOrUsedBeforeDataDirectoryAreNoObstacle() throws Exception {
        SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH).close();
        assertEquals(Optional.empty(), Preflight.obstacles(Config.parse(new String[] {"--port", "0", "--data", dir.toString()}, Map.of())));
        assertTrue(Preflight.obstacles(Config.parse(new String[] {"--port", "0", "--data", dir.resolve("new").toString()}, Map.of())).isEmpty());
    }
}
