package dev.stratus.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PostgresListeningTest {
    private static final Store.Listener DEAF = new Store.Listener() {
        @Override
        public void heard(String payload) {
        }

        @Override
        public void missed() {
        }
    };

    @Test
    void listeningWhereNoServerAnswersFailsRatherThanWaitingForever() {
        try (PostgresListening listening = new PostgresListening(PostgresUrl.parse("postgresql://u:pw@127.0.0.1:1/db"))) {
            StoreException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(StoreException.class, () -> listening.listen("test.channel", DEAF)));
            assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
        }
    }

    @Test
    void listeningOnceClosedFails() {
        PostgresListening listening = new PostgresListening(PostgresUrl.parse("postgresql://u:pw@127.0.0.1:1/db"));
        listening.close();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(StoreException.class, () -> listening.listen("test.channel", DEAF)));
    }
}
