package dev.stratus.kms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.kms.KmsRepository.StoredGrant;
import dev.stratus.protocol.Principal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyGrantsTest {
    static final Principal SESSION = new Principal(Principal.Type.ASSUMED_ROLE, "arn:aws:sts::111122223333:assumed-role/app/fn", "111122223333");
    static final Principal USER = new Principal(Principal.Type.USER, "arn:aws:iam::111122223333:user/alice", "111122223333");

    static StoredGrant grant(String grantee, String operations, String constraints) {
        return new StoredGrant("g", "k", null, grantee, null, operations, constraints, "111122223333", 0, "t");
    }

    @Test
    void aGrantToARoleCoversItsSessionsWhateverTheRolesPathAndToAUserThatUser() {
        assertTrue(KeyGrants.names("arn:aws:iam::111122223333:role/service-role/app", SESSION));
        assertTrue(KeyGrants.names("arn:aws:iam::111122223333:role/app", SESSION));
        assertFalse(KeyGrants.names("arn:aws:iam::111122223333:role/other", SESSION));
        assertFalse(KeyGrants.names("arn:aws:iam::444455556666:role/app", SESSION));
        assertTrue(KeyGrants.names(USER.id(), USER));
        assertFalse(KeyGrants.names("arn:aws:iam::111122223333:user/bob", USER));
    }

    @Test
    void aGrantAllowsItsOperationsWithinItsConstraints() {
        List<StoredGrant> grants = List.of(grant("arn:aws:iam::111122223333:role/app", "Decrypt,GenerateDataKey",
                "{\"EncryptionContextSubset\":{\"app\":\"orders\"}}"));
        assertTrue(KeyGrants.allow(grants, SESSION, "Decrypt", Map.of("app", "orders", "env", "prod")));
        assertFalse(KeyGrants.allow(grants, SESSION, "Decrypt", Map.of("app", "billing")));
        assertFalse(KeyGrants.allow(grants, SESSION, "Encrypt", Map.of("app", "orders")));
        assertFalse(KeyGrants.allow(grants, USER, "Decrypt", Map.of("app", "orders")));
        List<StoredGrant> exact = List.of(grant(USER.id(), "Encrypt", "{\"EncryptionContextEquals\":{\"app\":\"orders\"}}"));
        assertTrue(KeyGrants.allow(exact, USER, "Encrypt", Map.of("app", "orders")));
        assertFalse(KeyGrants.allow(exact, USER, "Encrypt", Map.of("app", "orders", "env", "prod")));
        assertTrue(KeyGrants.allow(List.of(grant(USER.id(), "Encrypt", null)), USER, "Encrypt", null));
    }
}
