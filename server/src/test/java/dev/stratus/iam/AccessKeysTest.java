package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.iam.api.*;
import dev.stratus.platform.identity.Credentials.Credential;
import dev.stratus.protocol.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Access keys live in the platform's credential table: a request signed with one is its user's. */
class AccessKeysTest extends IamFixture {

    @Test
    void aKeyStandsForItsUser() {
        User u = user("dev");
        AccessKey key = iam.createAccessKey(ctx, new CreateAccessKeyRequest("dev")).accessKey();
        assertTrue(key.accessKeyId().matches("AKIA[A-Z2-7]{16}"), key.accessKeyId());
        assertEquals(40, key.secretAccessKey().length());
        assertEquals("Active", key.status());
        Credential c = credentials.find(key.accessKeyId()).orElseThrow();
        assertEquals(new Principal(Principal.Type.USER, u.arn(), ACCOUNT), c.principal());
        assertEquals(u.userId(), c.principalId());
        assertEquals(u.arn(), c.ownerArn());
        assertEquals(key.secretAccessKey(), c.secretAccessKey());

        iam.updateUser(ctx, new UpdateUserRequest("dev", "/team/", null));
        assertEquals("arn:aws:iam::" + ACCOUNT + ":user/team/dev", credentials.find(key.accessKeyId()).orElseThrow().principal().id(),
                "a moved user's keys follow it");
    }

    @Test
    void twoKeysAUserActiveOrNotAndNoDeletingAUserWithKeys() {
        user("dev");
        AccessKey first = iam.createAccessKey(ctx, new CreateAccessKeyRequest("dev")).accessKey();
        clock.advance(1000);
        iam.createAccessKey(ctx, new CreateAccessKeyRequest("dev"));
        assertEquals("Cannot exceed quota for AccessKeysPerUser: 2", message(() -> iam.createAccessKey(ctx, new CreateAccessKeyRequest("dev"))));
        List<AccessKeyMetadata> keys = iam.listAccessKeys(ctx, new ListAccessKeysRequest("dev", null, null)).accessKeyMetadata();
        assertEquals(2, keys.size());
        assertEquals(first.accessKeyId(), keys.getFirst().accessKeyId());

        iam.updateAccessKey(ctx, new UpdateAccessKeyRequest("dev", first.accessKeyId(), "Inactive"));
        assertFalse(credentials.find(first.accessKeyId()).orElseThrow().active());
        assertEquals("Inactive", iam.listAccessKeys(ctx, new ListAccessKeysRequest("dev", null, null)).accessKeyMetadata().getFirst().status());
        GetAccessKeyLastUsedResponse lastUsed = iam.getAccessKeyLastUsed(ctx, new GetAccessKeyLastUsedRequest(first.accessKeyId()));
        assertEquals("dev", lastUsed.userName());
        assertEquals("N/A", lastUsed.accessKeyLastUsed().serviceName());

        assertEquals("Cannot delete entity, must delete access keys first.", message(() -> iam.deleteUser(ctx, new DeleteUserRequest("dev"))));
        user("other");
        assertEquals("The Access Key with id " + first.accessKeyId() + " cannot be found.",
                message(() -> iam.deleteAccessKey(ctx, new DeleteAccessKeyRequest("other", first.accessKeyId()))), "another user's key");
        for (AccessKeyMetadata k : keys) {
            iam.deleteAccessKey(ctx, new DeleteAccessKeyRequest("dev", k.accessKeyId()));
        }
        assertTrue(credentials.find(first.accessKeyId()).isEmpty());
        iam.deleteUser(ctx, new DeleteUserRequest("dev"));
    }

    @Test
    void withoutAUserNameTheCallingUsersKeys() {
        User u = user("me");
        var asMe = context(new Principal(Principal.Type.USER, u.arn(), ACCOUNT));
        AccessKey key = iam.createAccessKey(asMe, new CreateAccessKeyRequest(null)).accessKey();
        assertEquals("me", key.userName());
        assertEquals(1, iam.listAccessKeys(asMe, new ListAccessKeysRequest(null, null, null)).accessKeyMetadata().size());
        assertEquals("ValidationError", code(() -> iam.createAccessKey(ctx, new CreateAccessKeyRequest(null))), "the root names a user");
    }
}
