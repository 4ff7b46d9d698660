package dev.stratus.kms;

import dev.stratus.kms.KmsRepository.StoredAlias;
import dev.stratus.kms.KmsRepository.StoredKey;
import dev.stratus.kms.api.AliasListEntry;
import dev.stratus.kms.api.CreateAliasRequest;
import dev.stratus.kms.api.DeleteAliasRequest;
import dev.stratus.kms.api.ListAliasesRequest;
import dev.stratus.kms.api.ListAliasesResponse;
import dev.stratus.kms.api.UpdateAliasRequest;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Aliases: the account's names for its keys in a region, {@code alias/…}; {@code alias/aws/…} are AWS managed keys'. */
final class Aliases {
    private final Store store;
    private final Clock clock;
    private final Keyring keyring;
    private final KmsRepository repo;

    Aliases(Store store, Clock clock, Keyring keyring, KmsRepository repo) {
        this.store = store;
        this.clock = clock;
        this.keyring = keyring;
        this.repo = repo;
    }

    void createAlias(RequestContext ctx, CreateAliasRequest in) {
        checkAliasName(in.aliasName());
        store.write(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.targetKeyId(), false);
            Keyring.requireNotPendingDeletion(k);
            Keyring.requireCustomerManaged(ctx.principal(), k, "CreateAlias");
            long now = clock.millis();
            if (!repo.insertAlias(tx, new StoredAlias(ctx.accountId(), ctx.region(), in.aliasName(), k.keyId(), now, now))) {
                throw new AwsException("AlreadyExistsException", "An alias with the name " + aliasArn(ctx, in.aliasName()) + " already exists");
            }
            return null;
        });
    }

    void updateAlias(RequestContext ctx, UpdateAliasRequest in) {
        checkAliasName(in.aliasName());
        store.write(tx -> {
            StoredAlias alias = existingAlias(tx, ctx, in.aliasName());
            StoredKey target = keyring.find(tx, ctx.accountId(), ctx.region(), in.targetKeyId(), false);
            Keyring.requireNotPendingDeletion(target);
            Keyring.requireCustomerManaged(ctx.principal(), target, "UpdateAlias");
            StoredKey current = repo.key(tx, alias.keyId());
            // An alias moves only between keys that do the same: same usage and key spec.
            if (current != null && (!current.usage().equals(target.usage()) || current.spec() != target.spec())) {
                throw new AwsException("ValidationException", "Alias " + in.aliasName() + " cannot be changed from a key of " + current.spec() + " "
                        + current.usage() + " to a key of " + target.spec() + " " + target.usage() + ".");
            }
            repo.retargetAlias(tx, alias, target.keyId(), clock.millis());
            return null;
        });
    }

    void deleteAlias(RequestContext ctx, DeleteAliasRequest in) {
        checkAliasName(in.aliasName());
        store.write(tx -> {
            repo.deleteAlias(tx, existingAlias(tx, ctx, in.aliasName()));
            return null;
        });
    }

    ListAliasesResponse listAliases(RequestContext ctx, ListAliasesRequest in) {
        Paging.Listing listing = Paging.Listing.of(KmsService::invalidMarker, "ListAliases", ctx.accountId(), ctx.region(), in.keyId());
        List<StoredAlias> aliases = store.read(tx -> {
            String keyId = in.keyId() == null ? null : keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false).keyId();
            return repo.aliases(tx, ctx.accountId(), ctx.region()).stream().filter(a -> keyId == null || a.keyId().equals(keyId))
                    .sorted(Comparator.comparing(StoredAlias::name)).toList();
        });
        Paging.Page<StoredAlias> page = listing.after(aliases, StoredAlias::name, in.marker(), KmsService.limit(in.limit(), 100, 50));
        return new ListAliasesResponse(page.items().stream().map(a -> new AliasListEntry(a.name(), aliasArn(ctx, a.name()), a.keyId(),
                Instant.ofEpochMilli(a.created()), Instant.ofEpochMilli(a.updated()))).toList(), page.nextToken(), page.nextToken() != null);
    }

    /** Customers name aliases {@code alias/…}, never {@code alias/aws/…}, which AWS managed keys have. */
    private static void checkAliasName(String name) {
        if (!name.startsWith("alias/")) {
            throw new AwsException("ValidationException", "Alias must start with the prefix \"alias/\". Please see "
                    + "https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html");
        }
        if (name.startsWith(Keyring.AWS_ALIAS_PREFIX) || name.equals("alias/aws")) {
            throw new AwsException("NotAuthorizedException", "Cannot create, update or delete an alias whose name begins with alias/aws/: "
                    + "those are reserved for AWS managed keys.");
        }
        if (name.length() == "alias/".length()) {
            throw new AwsException("InvalidAliasNameException", "Alias name must have at least one character after alias/.");
        }
    }

    private StoredAlias existingAlias(Tx tx, RequestContext ctx, String name) throws SQLException {
        StoredAlias a = repo.alias(tx, ctx.accountId(), ctx.region(), name);
        if (a == null) {
            throw new AwsException("NotFoundException", "Alias " + aliasArn(ctx, name) + " is not found.");
        }
        return a;
    }

    private static String aliasArn(RequestContext ctx, String name) {
        return Arn.of("kms", ctx.region(), ctx.accountId(), name).toString();
    }
}
