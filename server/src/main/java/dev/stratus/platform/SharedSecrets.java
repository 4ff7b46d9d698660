package dev.stratus.platform;

import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/**
 * Secrets that every node sharing a store signs with alike: drawn at random by the first node that
 * needs one and kept in the store, so that a paging token or a code link one node gave out is good on
 * any other (behind a load balancer, the next request goes elsewhere) and after a restart.
 */
public final class SharedSecrets {
    static final List<String> MIGRATIONS = List.of("CREATE TABLE stratus_secret (name TEXT PRIMARY KEY, secret ${BLOB} NOT NULL)");
    private static final int BYTES = 32;

    private SharedSecrets() {
    }

    /** The store's secret called {@code name}, made now if no node has made it yet. */
    public static byte[] of(Store store, String name) {
        store.migrate("secrets", MIGRATIONS);
        byte[] drawn = new byte[BYTES];
        new SecureRandom().nextBytes(drawn);
        return store.write(tx -> {
            tx.update("INSERT INTO stratus_secret (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", name, drawn);
            PreparedStatement ps = tx.sql("SELECT secret FROM stratus_secret WHERE name = ?");
            Tx.bind(ps, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        });
    }
}
