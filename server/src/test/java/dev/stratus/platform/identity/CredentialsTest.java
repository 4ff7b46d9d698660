package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.Credentials.Credential;
import dev.stratus.protocol.Principal;
import dev.stratus.store.SqliteStore;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The credential table as IAM writes it: a user's keys follow the user when it is renamed. */
class CredentialsTest {
    final SqliteStore store = SqliteStore.inMemory();
    final Credentials credentials = new Credentials(store);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRenamedUsersKeysCallAsItsNewArnAndTheCacheFollows() {
        String old = "arn:aws:iam::111122223333:user/old";
        Credential key = new Credential("AKIAEXAMPLE000000001", "secret", null, new Principal(Principal.Type.USER, old, "111122223333"),
                "AIDAEXAMPLE", old, true, Instant.EPOCH, null, null, Map.of());
        store.write(tx -> {
            credentials.issue(tx, key);
            return null;
        });
        assertEquals(old, credentials.find(key.accessKeyId()).orElseThrow().principal().id(), "cached now");
        String renamed = "arn:aws:iam::111122223333:user/team/new";
        store.write(tx -> {
            credentials.reown(tx, old, renamed);
            return null;
        });
        Credential moved = credentials.find(key.accessKeyId()).orElseThrow();
        assertEquals(renamed, moved.principal().id());
        assertEquals(renamed, moved.ownerArn());
        assertEquals(1, store.read(tx -> credentials.ofOwner(tx, renamed)).size());
    }
}
