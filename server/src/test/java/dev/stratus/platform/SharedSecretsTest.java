package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.stratus.protocol.AwsException;
import dev.stratus.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedSecretsTest {

    /** What a node draws first is what every later node (and the same node after a restart) reads. */
    @Test
    void aSecretIsDrawnOnceAndKeptInTheStore() throws Exception {
        Path dir = Files.createTempDirectory("secrets");
        byte[] first;
        byte[] other;
        try (SqliteStore store = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH)) {
            first = SharedSecrets.of(store, "paging");
            assertArrayEquals(first, SharedSecrets.of(store, "paging"));
            other = SharedSecrets.of(store, "lambda.code-links");
        }
        assertEquals(32, first.length);
        assertFalse(Arrays.equals(first, other), "each name has its own secret");
        try (SqliteStore again = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH)) {
            assertArrayEquals(first, SharedSecrets.of(again, "paging"));
        }
    }

    /** A token given out before another store's secret was adopted still reads (one process may serve several stores in turn). */
    @Test
    void tokensSignedBeforeAnAdoptionStayGood() {
        Paging.Listing listing = Paging.Listing.of(t -> new AwsException("InvalidNextToken", "bad " + t), "ListThings");
        String before = listing.page(List.of("a", "b", "c"), null, 1).nextToken();
        byte[] secret = new byte[32];
        secret[0] = 7;
        Paging.adopt(secret);
        String after = listing.page(List.of("a", "b", "c"), null, 1).nextToken();
        assertEquals(List.of("b"), listing.page(List.of("a", "b", "c"), before, 1).items());
        assertEquals(List.of("b"), listing.page(List.of("a", "b", "c"), after, 1).items());
    }
}
