package dev.stratus.iam;

import dev.stratus.iam.IamRepository.StoredUser;
import dev.stratus.iam.api.*;
import dev.stratus.platform.Paging;
import dev.stratus.platform.identity.Credentials.Credential;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IAM users' long-term access keys: {@code AKIA…} ids with 40-character secrets, at most two a
 * user, active or inactive. They live in the platform's credential table, so that a request
 * signed with one is that user's (its principal is the user's ARN, its id the user's AIDA… id).
 * Without a UserName, each operation acts on the calling user.
 */
final class AccessKeys {
    static final int MAX_KEYS_PER_USER = 2;
    private static final String SECRET_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IamState iam;

    AccessKeys(IamState iam) {
        this.iam = iam;
    }

    CreateAccessKeyResponse createAccessKey(RequestContext ctx, CreateAccessKeyRequest in) {
        return iam.write(tx -> {
            StoredUser u = user(tx, ctx, in.userName());
            if (iam.credentials.ofOwner(tx, u.arn()).size() >= MAX_KEYS_PER_USER) {
                throw IamRules.limitExceeded("Cannot exceed quota for AccessKeysPerUser: " + MAX_KEYS_PER_USER);
            }
            Instant now = Instant.ofEpochMilli(iam.now());
            Credential key = new Credential("AKIA" + IamRules.random(16), secret(), null, new Principal(Principal.Type.USER, u.arn(), u.account()),
                    u.userId(), u.arn(), true, now, null, null, Map.of());
            iam.credentials.issue(tx, key);
            return new CreateAccessKeyResponse(new AccessKey(u.name(), key.accessKeyId(), "Active", key.secretAccessKey(), now));
        });
    }

    ListAccessKeysResponse listAccessKeys(RequestContext ctx, ListAccessKeysRequest in) {
        record Found(StoredUser user, List<Credential> keys) {
        }
        Found found = iam.read(tx -> {
            StoredUser u = user(tx, ctx, in.userName());
            return new Found(u, iam.credentials.ofOwner(tx, u.arn()));
        });
        Paging.Page<Credential> page = IamRules.page(found.keys(), k -> String.format("%015d", k.created().toEpochMilli()) + k.accessKeyId(),
                in.marker(), in.maxItems(), "ListAccessKeys", found.user().userId());
        return new ListAccessKeysResponse(page.items().stream().map(k -> new AccessKeyMetadata(found.user().name(), k.accessKeyId(), status(k),
                k.created())).toList(), page.nextToken() != null, page.nextToken());
    }

    void updateAccessKey(RequestContext ctx, UpdateAccessKeyRequest in) {
        iam.write(tx -> {
            iam.credentials.setActive(tx, key(tx, ctx, in.userName(), in.accessKeyId()).accessKeyId(), in.status().equals("Active"));
            return null;
        });
    }

    void deleteAccessKey(RequestContext ctx, DeleteAccessKeyRequest in) {
        iam.write(tx -> {
            iam.credentials.delete(tx, key(tx, ctx, in.userName(), in.accessKeyId()).accessKeyId());
            return null;
        });
    }

    /**
     * Whose key it is; it has not been used as far as IAM tracks here, which IAM answers with N/A.
     * The model gives the operation no error, so a key that is no user's of the account names no user.
     */
    GetAccessKeyLastUsedResponse getAccessKeyLastUsed(RequestContext ctx, GetAccessKeyLastUsedRequest in) {
        return iam.read(tx -> {
            Optional<Credential> key = iam.credentials.find(tx, in.accessKeyId()).filter(c -> c.principal().type() == Principal.Type.USER
                    && ctx.accountId().equals(c.principal().account()));
            StoredUser u = key.isEmpty() ? null : iam.repo.userById(tx, key.get().principalId());
            return new GetAccessKeyLastUsedResponse(u == null ? null : u.name(), new AccessKeyLastUsed(null, "N/A", "N/A"));
        });
    }

    /** The named user, or the calling user when none is named. */
    private StoredUser user(Tx tx, RequestContext ctx, String name) throws SQLException {
        if (name != null) {
            return iam.user(tx, ctx, name);
        }
        Principal caller = ctx.principal();
        if (caller.type() != Principal.Type.USER) {
            throw new AwsException("ValidationError", "Must specify userName when calling with non-User credentials");
        }
        return iam.user(tx, ctx, caller.id().substring(caller.id().lastIndexOf('/') + 1));
    }

    /** A key of the user (the caller when none is named). */
    private Credential key(Tx tx, RequestContext ctx, String userName, String accessKeyId) throws SQLException {
        StoredUser u = user(tx, ctx, userName);
        return iam.credentials.find(tx, accessKeyId).filter(k -> u.arn().equals(k.ownerArn())).orElseThrow(() -> missing(accessKeyId));
    }

    private static AwsException missing(String accessKeyId) {
        return IamRules.noSuchEntity("The Access Key with id " + accessKeyId + " cannot be found.");
    }

    private static String status(Credential k) {
        return k.active() ? "Active" : "Inactive";
    }

    private static String secret() {
        StringBuilder s = new StringBuilder(40);
        while (s.length() < 40) {
            s.append(SECRET_CHARACTERS.charAt(RANDOM.nextInt(SECRET_CHARACTERS.length())));
        }
        return s.toString();
    }
}
