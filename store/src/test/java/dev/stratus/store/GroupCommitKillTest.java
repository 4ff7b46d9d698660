package dev.stratus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost when the process dies in the middle of group commits: a child JVM
 * writes from 32 threads at once (so the writer commits many transactions together) and prints the
 * key of each write once {@link Store#write} has returned; it is killed with SIGKILL mid-load, and
 * every key it printed must be in the database when it is opened again.
 */
class GroupCommitKillTest {
    static final List<String> TABLE = List.of("CREATE TABLE acked (k TEXT PRIMARY KEY, body TEXT NOT NULL)");

    /** The child: writes until killed, printing each key after its commit. */
    public static void main(String[] args) {
        SqliteStore store = SqliteStore.open(Path.of(args[0]), SqliteStore.Durability.PROCESS_CRASH);
        store.migrate("kill", TABLE);
        ExecutorService writers = Executors.newFixedThreadPool(32);
        String body = "x".repeat(200);
        for (int t = 0; t < 32; t++) {
            int thread = t;
            writers.execute(() -> {
                for (long i = 0; ; i++) {
                    String key = thread + "-" + i;
                    store.write(tx -> tx.update("INSERT INTO acked (k, body) VALUES (?, ?)", key, body));
                    synchronized (System.out) {
                        System.out.println(key);
                        System.out.flush();
                    }
                }
            });
        }
    }

    @Test
    void everyWriteAnsweredBeforeAKillIsThereAfterIt() throws Exception {
        Path dir = Files.createTempDirectory("group-commit-kill");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), GroupCommitKillTest.class.getName(),
                dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<String> acked = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                acked.add(line);
                if (acked.size() == 20_000) {
                    // SIGKILL, sent so that what the child printed before it died is still read to the end.
                    new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
                }
            }
        }
        child.waitFor();
        assertTrue(acked.size() >= 20_000, "the child wrote " + acked.size() + " before it died");
        try (Store store = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH)) {
            Set<String> stored = store.read(tx -> {
                Set<String> keys = new HashSet<>();
                try (ResultSet rs = tx.sql("SELECT k FROM acked").executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
                return keys;
            });
            Set<String> lost = new HashSet<>(acked);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "acknowledged writes missing after kill -9");
        }
    }
}
