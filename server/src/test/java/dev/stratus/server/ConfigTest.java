package dev.stratus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void flagsOverrideEnvironmentOverrideDefaults() {
        Config d = Config.parse(new String[0], Map.of());
        assertEquals(4566, d.port());
        assertEquals("127.0.0.1", d.host());
        assertEquals("000000000000", d.accountId());
        Config env = Config.parse(new String[0], Map.of("STRATUS_PORT", "5000", "STRATUS_EPHEMERAL", "1"));
        assertEquals(5000, env.port());
        assertTrue(env.ephemeral());
        Config flags = Config.parse(new String[] {"--port", "6000", "--data", "/tmp/x", "--fsync", "always"}, Map.of("STRATUS_PORT", "5000"));
        assertEquals(6000, flags.port());
        assertEquals(Path.of("/tmp/x"), flags.dataDir());
        assertTrue(flags.fsyncAlways());
    }

    @Test
    void connectionLimitsComeFromFlagsOrEnvironment() {
        Config d = Config.parse(new String[0], Map.of());
        assertEquals(Config.DEFAULT_MAX_CONNECTIONS, d.maxConnections());
        assertEquals(Config.DEFAULT_IDLE_TIMEOUT, d.idleTimeoutSeconds());
        assertEquals(Config.DEFAULT_HEADER_TIMEOUT, d.headerTimeoutSeconds());
        Config set = Config.parse(new String[] {"--max-connections", "50", "--idle-timeout", "5"}, Map.of("STRATUS_HEADER_TIMEOUT", "3",
                "STRATUS_MAX_CONNECTIONS", "70"));
        assertEquals(50, set.maxConnections());
        assertEquals(5, set.idleTimeoutSeconds());
        assertEquals(3, set.headerTimeoutSeconds());
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--max-connections", "0"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--idle-timeout", "soon"}, Map.of()));
    }

    @Test
    void signaturesAreVerifiedWithAuthStrictFromTheFlagOrTheEnvironment() {
        assertEquals(false, Config.parse(new String[0], Map.of()).strictAuth());
        assertEquals(true, Config.parse(new String[] {"--auth", "strict"}, Map.of()).strictAuth());
        assertEquals(true, Config.parse(new String[0], Map.of("STRATUS_AUTH", "strict")).strictAuth());
        assertEquals(false, Config.parse(new String[] {"--auth", "default"}, Map.of("STRATUS_AUTH", "strict")).strictAuth());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--auth", "lax"}, Map.of()));
        assertEquals("--auth (STRATUS_AUTH) is default, strict or off, not lax", e.getMessage());
        assertEquals(Config.Auth.DEFAULT, Config.parse(new String[0], Map.of()).auth(), "IAM is enforced unless told otherwise");
        assertEquals(Config.Auth.OFF, Config.parse(new String[] {"--auth", "off"}, Map.of()).auth());
        assertTrue(Config.USAGE.contains("--auth MODE") && Config.USAGE.contains("test/test"));
    }

    @Test
    void s3sBlobDirectoryIsTheFlagsOrTheEnvironmentsAndNotForEphemeralState() {
        assertEquals(null, Config.parse(new String[0], Map.of()).s3Dir());
        assertEquals(java.nio.file.Path.of("/mnt/blobs"), Config.parse(new String[] {"--s3-dir", "/mnt/blobs"}, Map.of()).s3Dir());
        assertEquals(java.nio.file.Path.of("/mnt/env"), Config.parse(new String[0], Map.of("STRATUS_S3_DIR", "/mnt/env")).s3Dir());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.parse(new String[] {"--ephemeral", "--s3-dir", "/mnt/blobs"}, Map.of()));
        assertEquals(true, e.getMessage().contains("--ephemeral and --s3-dir exclude each other"));
    }

    @Test
    void ec2sTransitionDelayIsSecondsFromTheFlagOrTheEnvironment() {
        assertEquals(java.time.Duration.ofSeconds(5), Config.parse(new String[0], Map.of()).ec2TransitionDelay());
        assertEquals(java.time.Duration.ofMillis(200), Config.parse(new String[] {"--ec2-transition-delay", "0.2"}, Map.of()).ec2TransitionDelay());
        assertEquals(java.time.Duration.ofSeconds(30), Config.parse(new String[0], Map.of("STRATUS_EC2_TRANSITION_DELAY", "30")).ec2TransitionDelay());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.parse(new String[] {"--ec2-transition-delay", "-1"}, Map.of()));
        assertEquals("--ec2-transition-delay (STRATUS_EC2_TRANSITION_DELAY) must be a number of seconds between 0 and 86400, not -1", e.getMessage());
    }

    @Test
    void aNodeIdComesFromTheFlagOrTheEnvironmentElseFromThisMachineAndThePort() {
        assertEquals("a-1", Config.parse(new String[] {"--store", "postgresql://h/db", "--node-id", "a-1"}, Map.of("STRATUS_NODE_ID", "b")).nodeId());
        assertEquals("b", Config.parse(new String[] {"--store", "postgresql://h/db"}, Map.of("STRATUS_NODE_ID", "b")).nodeId());
        assertEquals("local", Config.parse(new String[0], Map.of()).nodeId(), "alone on its SQLite store, a node needs no name");
        String shared = Config.parse(new String[] {"--store", "postgresql://h/db", "--port", "4700"}, Map.of()).nodeId();
        assertTrue(shared.endsWith("-4700"), shared);
        assertEquals(shared, Config.parse(new String[] {"--store", "postgresql://h/db", "--port", "4700"}, Map.of()).nodeId(),
                "a restarted node has the name it had, so it takes back its own claims");
        assertTrue(Config.USAGE.contains("--node-id NAME"));
        for (String bad : new String[] {"", "-a", "a b", "x".repeat(64), "nœud"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Config.parse(new String[] {"--store", "postgresql://h/db", "--node-id", bad}, Map.of()));
            assertTrue(e.getMessage().startsWith("--node-id (STRATUS_NODE_ID) must be 1 to 63 letters"), e.getMessage());
        }
    }

    @Test
    void badFlagsAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--port", "x"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--port"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--what"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--fsync", "sometimes"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--account", "12"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--ephemeral", "--store", "postgresql://h/db"}, Map.of()));
    }

    @Test
    void aRelativeDataDirectoryIsMadeAbsoluteOnceAgainstTheStartingDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(cwd.resolve(".stratus/data"), Config.parse(new String[0], Map.of()).dataDir());
        assertEquals(cwd.resolve("state"), Config.parse(new String[] {"--data", "./x/../state"}, Map.of()).dataDir());
        assertEquals(cwd.resolve("t"), Config.embedded(Path.of("t"), null).dataDir());
    }

    @Test
    void anUnknownOptionIsOneLineWithTheNearestKnownOne() {
        assertEquals("unknown option --prot; did you mean --port?",
                assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--prot", "1"}, Map.of())).getMessage());
        assertEquals("unknown option --verbose",
                assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--verbose"}, Map.of())).getMessage());
    }

    @Test
    void aStoreUrlIsCheckedWholeBeforeAnythingConnects() {
        String noDatabase = assertThrows(IllegalArgumentException.class,
                () -> Config.parse(new String[] {"--store", "postgresql://u:secret@db:5432"}, Map.of())).getMessage();
        assertTrue(noDatabase.contains("names no database") && !noDatabase.contains("secret"), noDatabase);
        String noHost = assertThrows(IllegalArgumentException.class,
                () -> Config.parse(new String[0], Map.of("STRATUS_STORE", "postgresql:///stratus"))).getMessage();
        assertTrue(noHost.contains("names no host"), noHost);
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--data", " "}, Map.of()));
    }

    @Test
    void webOriginsAndHostNamesAreListsAndOriginsAreCheckedForShape() {
        Config c = Config.parse(new String[] {"--cors-origins", "http://localhost:3000, https://App.example"},
                Map.of("STRATUS_ALLOWED_HOSTS", "stratus.internal,host.docker.internal"));
        assertEquals(java.util.List.of("http://localhost:3000", "https://app.example"), c.corsOrigins());
        assertEquals(java.util.List.of("stratus.internal", "host.docker.internal"), c.allowedHosts());
        assertEquals(java.util.List.of(), Config.parse(new String[0], Map.of()).corsOrigins());
        String bad = assertThrows(IllegalArgumentException.class,
                () -> Config.parse(new String[] {"--cors-origins", "localhost:3000/app"}, Map.of())).getMessage();
        assertTrue(bad.contains("such as http://localhost:3000"), bad);
    }

    @Test
    void anS3DirThatIsAFileIsRefusedAsTheOptionsFault() throws Exception {
        Path file = java.nio.file.Files.createTempFile("s3-dir", ".txt");
        Config c = Config.parse(new String[] {"--data", file.getParent().resolve("unused").toString(), "--s3-dir", file.toString()}, Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StratusServer.s3Dir(c));
        assertTrue(e.getMessage().startsWith("--s3-dir"), e.getMessage());
        java.nio.file.Files.delete(file);
    }
}
