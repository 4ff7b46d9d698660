package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.Credentials.Credential;
import dev.stratus.protocol.Principal;
import dev.stratus.store.SqliteStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void aDeletedKeyAndASweptSessionStayRevokedSoTheyNeverStandForTheRoot() {
        Principal alice = new Principal(Principal.Type.USER, "arn:aws:iam::111122223333:user/alice", "111122223333");
        Principal session = new Principal(Principal.Type.ASSUMED_ROLE, "arn:aws:sts::111122223333:assumed-role/r/s", "111122223333");
        store.write(tx -> {
            credentials.issue(tx, new Credential("AKIAALICE", "secret", null, alice, "AIDAALICE", alice.id(), true, Instant.EPOCH, null, null,
                    Map.of()));
            credentials.issue(tx, new Credential("ASIASESSION", "secret", "token", session, "AROAR:s", "arn:aws:iam::111122223333:role/r", true,
                    Instant.EPOCH, Instant.ofEpochSecond(900), null, Map.of()));
            return null;
        });
        assertEquals(Optional.empty(), credentials.revoked("AKIAALICE"));
        store.write(tx -> credentials.delete(tx, "AKIAALICE"));
        store.write(tx -> credentials.deleteExpired(tx, Instant.ofEpochSecond(901)));
        assertEquals(Optional.empty(), credentials.find("AKIAALICE"));
        assertEquals(Optional.of(Credentials.Revoked.DELETED), credentials.revoked("AKIAALICE"));
        assertEquals(Optional.of(Credentials.Revoked.EXPIRED), credentials.revoked("ASIASESSION"));
        assertEquals(Optional.empty(), credentials.revoked("test"), "a key never issued is the root's");
    }
}
