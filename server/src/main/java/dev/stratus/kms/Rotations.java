package dev.stratus.kms;

import dev.stratus.kms.KmsRepository.StoredKey;
import dev.stratus.kms.KmsRepository.StoredMaterial;
import dev.stratus.kms.api.DisableKeyRotationRequest;
import dev.stratus.kms.api.EnableKeyRotationRequest;
import dev.stratus.kms.api.GetKeyRotationStatusRequest;
import dev.stratus.kms.api.GetKeyRotationStatusResponse;
import dev.stratus.kms.api.ListKeyRotationsRequest;
import dev.stratus.kms.api.ListKeyRotationsResponse;
import dev.stratus.kms.api.RotateKeyOnDemandRequest;
import dev.stratus.kms.api.RotateKeyOnDemandResponse;
import dev.stratus.kms.api.RotationsListEntry;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rotation of symmetric encryption keys: automatic (a durable timer each period) and on demand.
 * A rotation adds key material and never removes any, so what earlier material encrypted still
 * decrypts; new ciphertext names the new material.
 */
final class Rotations {
    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final Keyring keyring;
    private final KmsRepository repo;

    Rotations(Store store, Clock clock, Timers timers, Keyring keyring, KmsRepository repo) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.keyring = keyring;
        this.repo = repo;
        timers.on(KmsService.ROTATION_TIMER, this::rotateWhenDue);
    }

    void enableKeyRotation(RequestContext ctx, EnableKeyRotationRequest in) {
        int period = in.rotationPeriodInDays() == null ? Keyring.DEFAULT_ROTATION_DAYS : in.rotationPeriodInDays();
        store.write(tx -> {
            StoredKey k = rotatable(tx, ctx, in.keyId(), "EnableKeyRotation");
            long next = clock.millis() + Keyring.days(period);
            repo.updateRotation(tx, k.keyId(), period, next);
            timers.cancel(tx, KmsService.ROTATION_TIMER, k.keyId());
            timers.schedule(tx, KmsService.ROTATION_TIMER, next, k.keyId());
            return null;
        });
        timers.wake();
    }

    void disableKeyRotation(RequestContext ctx, DisableKeyRotationRequest in) {
        store.write(tx -> {
            StoredKey k = rotatable(tx, ctx, in.keyId(), "DisableKeyRotation");
            repo.updateRotation(tx, k.keyId(), null, null);
            timers.cancel(tx, KmsService.ROTATION_TIMER, k.keyId());
            return null;
        });
    }

    GetKeyRotationStatusResponse getKeyRotationStatus(RequestContext ctx, GetKeyRotationStatusRequest in) {
        return store.read(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false);
            requireRotationSupported(k);
            boolean on = k.rotationPeriodDays() != null;
            return new GetKeyRotationStatusResponse(on, k.arn(), k.rotationPeriodDays(),
                    on ? Instant.ofEpochMilli(k.nextRotation()) : null, null);
        });
    }

    /** Rotates now: a new material encrypts from here on, and every earlier one still decrypts what it encrypted. */
    RotateKeyOnDemandResponse rotateKeyOnDemand(RequestContext ctx, RotateKeyOnDemandRequest in) {
        return store.write(tx -> {
            StoredKey k = rotatable(tx, ctx, in.keyId(), "RotateKeyOnDemand");
            long onDemand = repo.materials(tx, k.keyId()).stream().filter(m -> "ON_DEMAND".equals(m.rotationType())).count();
            if (onDemand >= KmsService.MAX_ON_DEMAND_ROTATIONS) {
                throw new AwsException("LimitExceededException", "The key " + k.arn() + " has reached its limit of " + KmsService.MAX_ON_DEMAND_ROTATIONS
                        + " on-demand rotations.");
            }
            rotate(tx, k, "ON_DEMAND");
            return new RotateKeyOnDemandResponse(k.arn());
        });
    }

    ListKeyRotationsResponse listKeyRotations(RequestContext ctx, ListKeyRotationsRequest in) {
        Paging.Listing listing = Paging.Listing.of(KmsService::invalidMarker, "ListKeyRotations", ctx.accountId(), ctx.region(), in.keyId());
        List<RotationsListEntry> rotations = store.read(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false);
            requireRotationSupported(k);
            List<RotationsListEntry> out = new ArrayList<>();
            for (StoredMaterial m : repo.materials(tx, k.keyId())) {
                if (m.rotationType() != null) {
                    out.add(new RotationsListEntry(k.arn(), m.materialId(), null, null,
                            m.material() == k.currentMaterial() ? "CURRENT" : "NON_CURRENT", null, null, Instant.ofEpochMilli(m.created()),
                            m.rotationType()));
                }
            }
            return out;
        });
        Paging.Page<RotationsListEntry> page = listing.page(rotations, in.marker(), KmsService.limit(in.limit(), 1000, 100));
        return new ListKeyRotationsResponse(page.items(), page.nextToken(), page.nextToken() != null);
    }

    /** A key whose material may rotate: a customer managed symmetric encryption key that is enabled. */
    private StoredKey rotatable(Tx tx, RequestContext ctx, String keyId, String action) throws SQLException {
        StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), keyId, false);
        Keyring.requireCustomerManaged(ctx.principal(), k, action);
        requireRotationSupported(k);
        Keyring.requireEnabled(k);
        return k;
    }

    private static void requireRotationSupported(StoredKey k) {
        if (!k.spec().symmetric()) {
            throw new AwsException("UnsupportedOperationException", k.arn() + " key spec is " + k.spec()
                    + " which is not valid for this operation: only symmetric encryption keys rotate.");
        }
    }

    private void rotate(Tx tx, StoredKey k, String type) throws SQLException {
        repo.insertMaterial(tx, keyring.sealed(k.keyId(), k.currentMaterial() + 1, type, Crypto.generate(k.spec()).secret(), clock.millis()));
    }

    /** Automatic rotation: a new material when the period is over, then the next date; a key disabled or waiting to go is not rotated. */
    private void rotateWhenDue(Tx tx, String keyId) throws SQLException {
        StoredKey k = repo.key(tx, keyId);
        if (k == null || k.rotationPeriodDays() == null || k.nextRotation() == null) {
            return;
        }
        long now = clock.millis();
        if (k.nextRotation() <= now && k.state().equals("Enabled")) {
            rotate(tx, k, "AUTOMATIC");
        }
        long next = k.nextRotation() <= now ? now + Keyring.days(k.rotationPeriodDays()) : k.nextRotation();
        repo.updateRotation(tx, keyId, k.rotationPeriodDays(), next);
        timers.schedule(tx, KmsService.ROTATION_TIMER, next, keyId);
    }
}
