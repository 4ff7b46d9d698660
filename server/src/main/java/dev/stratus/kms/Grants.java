package dev.stratus.kms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.kms.KmsRepository.StoredGrant;
import dev.stratus.kms.KmsRepository.StoredKey;
import dev.stratus.kms.api.CreateGrantRequest;
import dev.stratus.kms.api.CreateGrantResponse;
import dev.stratus.kms.api.GrantConstraints;
import dev.stratus.kms.api.GrantListEntry;
import dev.stratus.kms.api.ListGrantsRequest;
import dev.stratus.kms.api.ListGrantsResponse;
import dev.stratus.kms.api.ListRetirableGrantsRequest;
import dev.stratus.kms.api.RetireGrantRequest;
import dev.stratus.kms.api.RevokeGrantRequest;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * KMS grants: permissions on one key given to a grantee principal for some operations, kept with
 * the key until retired (by the retiring principal or with the grant's token) or revoked. A grant
 * is recorded and listed as KMS does; what it allows is for the policy engine to weigh with the key
 * policy. Grant tokens given to other operations are accepted.
 */
final class Grants {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Clock clock;
    private final Keyring keyring;
    private final KmsRepository repo;

    Grants(Store store, Clock clock, Keyring keyring, KmsRepository repo) {
        this.store = store;
        this.clock = clock;
        this.keyring = keyring;
        this.repo = repo;
    }

    /** A new grant; one of the same name and terms on the key is answered again, as CreateGrant is idempotent by name. */
    CreateGrantResponse create(RequestContext ctx, CreateGrantRequest in) {
        if (in.operations() == null || in.operations().isEmpty()) {
            throw new AwsException("ValidationException", "1 validation error detected: Value at 'operations' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to 1");
        }
        String operations = String.join(",", in.operations().stream().distinct().sorted().toList());
        String constraints = constraints(in.constraints());
        return store.write(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false);
            Keyring.requireEnabled(k);
            if (Boolean.TRUE.equals(in.dryRun())) {
                throw dryRun();
            }
            if (in.name() != null) {
                StoredGrant same = repo.grantNamed(tx, k.keyId(), in.name());
                if (same != null && same.grantee().equals(in.granteePrincipal()) && Objects.equals(same.retiring(), in.retiringPrincipal())
                        && same.operations().equals(operations) && Objects.equals(same.constraints(), constraints)) {
                    return new CreateGrantResponse(same.token(), same.grantId());
                }
            }
            StoredGrant g = new StoredGrant(HexFormat.of().formatHex(MasterKey.random(32)), k.keyId(), in.name(), in.granteePrincipal(),
                    in.retiringPrincipal(), operations, constraints, Arn.accountRoot(ctx.region(), ctx.accountId()).toString(), clock.millis(),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(MasterKey.random(96)));
            repo.insertGrant(tx, g);
            return new CreateGrantResponse(g.token(), g.grantId());
        });
    }

    ListGrantsResponse list(RequestContext ctx, ListGrantsRequest in) {
        Paging.Listing listing = Paging.Listing.of(KmsService::invalidMarker, "ListGrants", ctx.accountId(), ctx.region(), in.keyId(),
                in.grantId(), in.granteePrincipal());
        List<GrantListEntry> grants = store.read(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false);
            return repo.grantsOf(tx, k.keyId()).stream()
                    .filter(g -> in.grantId() == null || g.grantId().equals(in.grantId()))
                    .filter(g -> in.granteePrincipal() == null || g.grantee().equals(in.granteePrincipal()))
                    .sorted(Comparator.comparing(StoredGrant::grantId))
                    .map(g -> entry(k, g)).toList();
        });
        Paging.Page<GrantListEntry> page = listing.after(grants, GrantListEntry::grantId, in.marker(), KmsService.limit(in.limit(), 100, 50));
        return new ListGrantsResponse(page.items(), page.nextToken(), page.nextToken() != null);
    }

    ListGrantsResponse listRetirable(RequestContext ctx, ListRetirableGrantsRequest in) {
        Paging.Listing listing = Paging.Listing.of(KmsService::invalidMarker, "ListRetirableGrants", ctx.accountId(), ctx.region(),
                in.retiringPrincipal());
        List<GrantListEntry> grants = store.read(tx -> {
            List<GrantListEntry> out = new java.util.ArrayList<>();
            for (StoredGrant g : repo.grantsRetirableBy(tx, in.retiringPrincipal())) {
                StoredKey k = repo.key(tx, g.keyId());
                if (k != null && k.region().equals(ctx.region())) {
                    out.add(entry(k, g));
                }
            }
            out.sort(Comparator.comparing(GrantListEntry::grantId));
            return out;
        });
        Paging.Page<GrantListEntry> page = listing.after(grants, GrantListEntry::grantId, in.marker(), KmsService.limit(in.limit(), 100, 50));
        return new ListGrantsResponse(page.items(), page.nextToken(), page.nextToken() != null);
    }

    /** Retires a grant named by its token, or by its key and id. */
    void retire(RequestContext ctx, RetireGrantRequest in) {
        store.write(tx -> {
            StoredGrant g;
            if (in.grantToken() != null) {
                g = repo.grantByToken(tx, in.grantToken());
                if (g == null) {
                    throw new AwsException("InvalidGrantTokenException", "Grant token is invalid or has expired.");
                }
            } else if (in.keyId() != null && in.grantId() != null) {
                StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false);
                g = existing(repo.grant(tx, checkedId(in.grantId())), k, in.grantId());
            } else {
                throw new AwsException("ValidationException", "Either GrantToken, or both KeyId and GrantId, must be given.");
            }
            if (Boolean.TRUE.equals(in.dryRun())) {
                throw dryRun();
            }
            repo.deleteGrant(tx, g.grantId());
            return null;
        });
    }

    void revoke(RequestContext ctx, RevokeGrantRequest in) {
        store.write(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false);
            StoredGrant g = existing(repo.grant(tx, checkedId(in.grantId())), k, in.grantId());
            if (Boolean.TRUE.equals(in.dryRun())) {
                throw dryRun();
            }
            repo.deleteGrant(tx, g.grantId());
            return null;
        });
    }

    private static String checkedId(String grantId) {
        if (!grantId.matches("[0-9a-f]{64}")) {
            throw new AwsException("InvalidGrantIdException", "Invalid grant ID " + grantId);
        }
        return grantId;
    }

    private static StoredGrant existing(StoredGrant g, StoredKey k, String grantId) {
        if (g == null || !g.keyId().equals(k.keyId())) {
            throw new AwsException("NotFoundException", "Grant ID " + grantId + " not found");
        }
        return g;
    }

    private static GrantListEntry entry(StoredKey k, StoredGrant g) {
        return new GrantListEntry(k.arn(), g.grantId(), g.name(), Instant.ofEpochMilli(g.created()), g.grantee(), g.retiring(), g.issuingAccount(),
                Arrays.asList(g.operations().split(",")), constraints(g.constraints()));
    }

    private static String constraints(GrantConstraints c) {
        if (c == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("grant constraints are maps of strings", e);
        }
    }

    private static GrantConstraints constraints(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, GrantConstraints.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("grant constraints were stored as JSON", e);
        }
    }

    static AwsException dryRun() {
        return new AwsException("DryRunOperationException", "The request would have succeeded, but the DryRun option is set.");
    }
}
