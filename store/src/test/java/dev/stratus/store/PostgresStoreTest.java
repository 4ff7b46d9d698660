package dev.stratus.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PostgresStoreTest extends StoreContract {
    private String url;

    @Override
    protected Store open() {
        url = TestPostgres.freshDatabase();
        return reopen();
    }

    @Override
    protected Store reopen() {
        return PostgresStore.open(url);
    }

    @Test
    void urlsThatAreNotPostgresqlAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PostgresStore.open("mysql://h/db"));
        assertThrows(IllegalArgumentException.class, () -> PostgresStore.open("postgresql:///nohost"));
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedByHostAndPort() {
        String message = assertThrows(StoreException.class, () -> PostgresStore.open("postgresql://u:pw@127.0.0.1:1/db")).getMessage();
        assertTrue(message.contains("127.0.0.1:1 (database db)"), message);
    }

    /** Two nodes on one database: what one announces, the other hears. */
    @Test
    void anAnnouncementIsHeardByEveryNodeSharingTheDatabase() throws Exception {
        try (Store first = open(); Store second = reopen()) {
            java.util.concurrent.LinkedBlockingQueue<String> heard = new java.util.concurrent.LinkedBlockingQueue<>();
            second.listen("test.queue", new Store.Listener() {
                @Override
                public void heard(String payload) {
                    heard.add(payload);
                }

                @Override
                public void missed() {
                }
            });
            first.write(tx -> {
                tx.announce("test.queue", "42");
                return null;
            });
            org.junit.jupiter.api.Assertions.assertEquals("42", heard.poll(5, java.util.concurrent.TimeUnit.SECONDS));
        }
    }
}
