package dev.stratus.kms;

import dev.stratus.kms.KmsRepository.StoredKey;
import dev.stratus.kms.KmsRepository.StoredMaterial;
import dev.stratus.kms.api.CancelKeyDeletionRequest;
import dev.stratus.kms.api.CancelKeyDeletionResponse;
import dev.stratus.kms.api.CreateAliasRequest;
import dev.stratus.kms.api.CreateGrantRequest;
import dev.stratus.kms.api.CreateGrantResponse;
import dev.stratus.kms.api.CreateKeyRequest;
import dev.stratus.kms.api.CreateKeyResponse;
import dev.stratus.kms.api.DecryptRequest;
import dev.stratus.kms.api.DecryptResponse;
import dev.stratus.kms.api.DeleteAliasRequest;
import dev.stratus.kms.api.DescribeKeyRequest;
import dev.stratus.kms.api.DescribeKeyResponse;
import dev.stratus.kms.api.DisableKeyRequest;
import dev.stratus.kms.api.DisableKeyRotationRequest;
import dev.stratus.kms.api.EnableKeyRequest;
import dev.stratus.kms.api.EnableKeyRotationRequest;
import dev.stratus.kms.api.EncryptRequest;
import dev.stratus.kms.api.EncryptResponse;
import dev.stratus.kms.api.GenerateDataKeyPairRequest;
import dev.stratus.kms.api.GenerateDataKeyPairResponse;
import dev.stratus.kms.api.GenerateDataKeyPairWithoutPlaintextRequest;
import dev.stratus.kms.api.GenerateDataKeyPairWithoutPlaintextResponse;
import dev.stratus.kms.api.GenerateDataKeyRequest;
import dev.stratus.kms.api.GenerateDataKeyResponse;
import dev.stratus.kms.api.GenerateDataKeyWithoutPlaintextRequest;
import dev.stratus.kms.api.GenerateDataKeyWithoutPlaintextResponse;
import dev.stratus.kms.api.GenerateMacRequest;
import dev.stratus.kms.api.GenerateMacResponse;
import dev.stratus.kms.api.GenerateRandomRequest;
import dev.stratus.kms.api.GenerateRandomResponse;
import dev.stratus.kms.api.GetKeyPolicyRequest;
import dev.stratus.kms.api.GetKeyPolicyResponse;
import dev.stratus.kms.api.GetKeyRotationStatusRequest;
import dev.stratus.kms.api.GetKeyRotationStatusResponse;
import dev.stratus.kms.api.GetPublicKeyRequest;
import dev.stratus.kms.api.GetPublicKeyResponse;
import dev.stratus.kms.api.KeyListEntry;
import dev.stratus.kms.api.KeyMetadata;
import dev.stratus.kms.api.KmsApi;
import dev.stratus.kms.api.ListAliasesRequest;
import dev.stratus.kms.api.ListAliasesResponse;
import dev.stratus.kms.api.ListGrantsRequest;
import dev.stratus.kms.api.ListGrantsResponse;
import dev.stratus.kms.api.ListKeyPoliciesRequest;
import dev.stratus.kms.api.ListKeyPoliciesResponse;
import dev.stratus.kms.api.ListKeyRotationsRequest;
import dev.stratus.kms.api.ListKeyRotationsResponse;
import dev.stratus.kms.api.ListKeysRequest;
import dev.stratus.kms.api.ListKeysResponse;
import dev.stratus.kms.api.ListResourceTagsRequest;
import dev.stratus.kms.api.ListResourceTagsResponse;
import dev.stratus.kms.api.ListRetirableGrantsRequest;
import dev.stratus.kms.api.PutKeyPolicyRequest;
import dev.stratus.kms.api.ReEncryptRequest;
import dev.stratus.kms.api.ReEncryptResponse;
import dev.stratus.kms.api.RetireGrantRequest;
import dev.stratus.kms.api.RevokeGrantRequest;
import dev.stratus.kms.api.RotateKeyOnDemandRequest;
import dev.stratus.kms.api.RotateKeyOnDemandResponse;
import dev.stratus.kms.api.ScheduleKeyDeletionRequest;
import dev.stratus.kms.api.ScheduleKeyDeletionResponse;
import dev.stratus.kms.api.SignRequest;
import dev.stratus.kms.api.SignResponse;
import dev.stratus.kms.api.Tag;
import dev.stratus.kms.api.TagResourceRequest;
import dev.stratus.kms.api.UntagResourceRequest;
import dev.stratus.kms.api.UpdateAliasRequest;
import dev.stratus.kms.api.UpdateKeyDescriptionRequest;
import dev.stratus.kms.api.VerifyMacRequest;
import dev.stratus.kms.api.VerifyMacResponse;
import dev.stratus.kms.api.VerifyRequest;
import dev.stratus.kms.api.VerifyResponse;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.platform.identity.AccessControl;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS Key Management Service: customer managed keys (symmetric, RSA, elliptic curve, HMAC) and the
 * AWS managed keys services make, with their aliases, key policies, grants, tags, rotation and
 * deletion. The cryptographic operations are {@link CryptoOperations}', rotation {@link Rotations}',
 * aliases {@link Aliases}' and grants {@link Grants}'; keys are found and made by the {@link Keyring}.
 * Deletion after the pending window and automatic rotation are durable timers.
 */
public final class KmsService implements KmsApi {
    static final String DELETION_TIMER = "kms.deletion";
    static final String ROTATION_TIMER = "kms.rotation";
    static final int DEFAULT_PENDING_WINDOW_DAYS = 30;
    static final int MAX_ON_DEMAND_ROTATIONS = 25;
    /** KMS's only key policy name. */
    static final String POLICY_NAME = "default";
    private static final TagRules TAG_RULES = new TagRules(r -> new AwsException("TagException", r.reason()),
            () -> new AwsException("LimitExceededException", "Tag limit exceeded: a key has at most " + Tags.MAX_PER_RESOURCE + " tags."), null);

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final KmsRepository repo = new KmsRepository();
    private final Keyring keyring;
    private final CryptoOperations crypto;
    private final Grants grants;
    private final Rotations rotations;
    private final Aliases aliases;
    private final KmsKeys port;

    public KmsService(Store store, Clock clock, Timers timers, MasterKey master, AccessControl access) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        Tags.migrate(store);
        store.migrate("kms", KmsRepository.MIGRATIONS);
        checkMasterKey(master);
        this.keyring = new Keyring(store, clock, timers, master, repo, access);
        this.crypto = new CryptoOperations(store, keyring, repo);
        this.grants = new Grants(store, clock, keyring, repo);
        this.rotations = new Rotations(store, clock, timers, keyring, repo);
        this.aliases = new Aliases(store, clock, keyring, repo);
        this.port = new KmsKeys(store, keyring);
        timers.on(DELETION_TIMER, this::deleteWhenDue);
    }

    /** The {@code Keys} port other services use. */
    KmsKeys port() {
        return port;
    }

    /**
     * The ARN of the key a request names by key id, key ARN, alias name or alias ARN, for IAM's
     * check before the operation; null when it names none that exists (the operation then answers why).
     */
    String keyArnOf(RequestContext ctx, String given) {
        try {
            return store.read(tx -> keyring.find(tx, ctx.accountId(), ctx.region(), given, true)).arn();
        } catch (AwsException e) {
            return null;
        }
    }

    /**
     * The key policy of the key a key ARN names, for the policy engine (a KMS key's policy must
     * itself allow, or name the account so IAM policies may); empty when there is no such key.
     */
    public Optional<PolicyDocument> keyPolicy(String keyArn) {
        Optional<String> keyId = Arn.parse(keyArn).filter(a -> a.service().equals("kms")).flatMap(a -> a.resourceAfter("key/"));
        if (keyId.isEmpty()) {
            return Optional.empty();
        }
        StoredKey k = store.read(tx -> repo.key(tx, keyId.get().toLowerCase(java.util.Locale.ROOT)));
        return k == null || !k.arn().equals(keyArn) ? Optional.empty() : Optional.of(PolicyDocument.stored(k.policy()));
    }

    /**
     * Refuses a master key other than the one the store's material was sealed under: on first start
     * the key's check is recorded, and every later start (of any node) must match it.
     */
    private void checkMasterKey(MasterKey master) {
        String recorded = store.write(tx -> {
            repo.recordMasterCheck(tx, master.check());
            return repo.masterCheck(tx);
        });
        if (!recorded.equals(master.check())) {
            String where = master.location() == null ? "a master key in memory" : "the master key in " + master.location();
            if (master.created() && master.location() != null) {
                try {
                    java.nio.file.Files.deleteIfExists(master.location());
                } catch (java.io.IOException e) {
                    // the refusal below says what to do either way
                }
            }
            throw new IllegalStateException("This store's KMS keys are sealed under another master key than " + where + ": restore the file "
                    + "kms-master.key of the data directory that made them (with a PostgreSQL store, copy it from a node that has it).");
        }
    }

    // Keys

    @Override
    public CreateKeyResponse createKey(RequestContext ctx, CreateKeyRequest in) {
        if (Boolean.TRUE.equals(in.multiRegion())) {
            throw new AwsException("UnsupportedOperationException", "Stratus does not make multi-Region keys.");
        }
        if (in.origin() != null && !in.origin().equals("AWS_KMS")) {
            throw new AwsException("UnsupportedOperationException", "Stratus makes keys of origin AWS_KMS only, not " + in.origin() + ".");
        }
        if (in.customKeyStoreId() != null) {
            throw new AwsException("CustomKeyStoreNotFoundException", "Custom key store " + in.customKeyStoreId() + " does not exist.");
        }
        KeySpec spec = keySpec(in);
        String usage = keyUsage(in, spec);
        String policy = in.policy() == null ? KeyPolicies.customerDefault(ctx.accountId(), ctx.region()) : checkedPolicy(in.policy());
        Map<String, String> tags = tagMap(in.tags());
        Tags.check(tags, TAG_RULES);
        Crypto.Material material = Crypto.generate(spec);
        return store.write(tx -> {
            StoredKey k = keyring.create(tx, ctx.accountId(), ctx.region(), spec, material, usage,
                    in.description() == null ? "" : in.description(), policy, "CUSTOMER");
            Tags.put(tx, k.arn(), tags, TAG_RULES);
            return new CreateKeyResponse(metadata(k, repo.material(tx, k.keyId(), k.currentMaterial())));
        });
    }

    private static KeySpec keySpec(CreateKeyRequest in) {
        if (in.keySpec() != null && in.customerMasterKeySpec() != null) {
            throw new AwsException("ValidationException", "You cannot specify both KeySpec and CustomerMasterKeySpec.");
        }
        String name = in.keySpec() != null ? in.keySpec() : in.customerMasterKeySpec() != null ? in.customerMasterKeySpec() : "SYMMETRIC_DEFAULT";
        KeySpec spec = KeySpec.named(name);
        if (spec == null) {
            throw new AwsException("UnsupportedOperationException", "Stratus does not make keys of KeySpec " + name + " yet.");
        }
        return spec;
    }

    private static String keyUsage(CreateKeyRequest in, KeySpec spec) {
        if (in.keyUsage() == null) {
            if (!spec.symmetric()) {
                throw new AwsException("ValidationException", "You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.");
            }
            return KeySpec.ENCRYPT_DECRYPT;
        }
        if (!spec.usages().contains(in.keyUsage())) {
            throw new AwsException("ValidationException", "KeyUsage " + in.keyUsage() + " is not compatible with KeySpec " + spec + ".");
        }
        return in.keyUsage();
    }

    @Override
    public DescribeKeyResponse describeKey(RequestContext ctx, DescribeKeyRequest in) {
        keyring.prepare(ctx.accountId(), ctx.region(), in.keyId());
        return store.read(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), true);
            return new DescribeKeyResponse(metadata(k, repo.material(tx, k.keyId(), k.currentMaterial())));
        });
    }

    @Override
    public ListKeysResponse listKeys(RequestContext ctx, ListKeysRequest in) {
        Paging.Listing listing = Paging.Listing.of(KmsService::invalidMarker, "ListKeys", ctx.accountId(), ctx.region());
        List<StoredKey> keys = store.read(tx -> repo.keys(tx, ctx.accountId(), ctx.region())).stream()
                .sorted(Comparator.comparing(StoredKey::keyId)).toList();
        Paging.Page<StoredKey> page = listing.after(keys, StoredKey::keyId, in.marker(), limit(in.limit(), 1000, 100));
        return new ListKeysResponse(page.items().stream().map(k -> new KeyListEntry(k.keyId(), k.arn())).toList(), page.nextToken(),
                page.nextToken() != null);
    }

    @Override
    public void enableKey(RequestContext ctx, EnableKeyRequest in) {
        changeKey(ctx, in.keyId(), "EnableKey", (tx, k) -> repo.updateState(tx, k.keyId(), "Enabled", null, null));
    }

    @Override
    public void disableKey(RequestContext ctx, DisableKeyRequest in) {
        changeKey(ctx, in.keyId(), "DisableKey", (tx, k) -> repo.updateState(tx, k.keyId(), "Disabled", null, null));
    }

    @Override
    public void updateKeyDescription(RequestContext ctx, UpdateKeyDescriptionRequest in) {
        changeKey(ctx, in.keyId(), "UpdateKeyDescription", (tx, k) -> repo.updateDescription(tx, k.keyId(), in.description()));
    }

    /** A change to a customer managed key that is not waiting to be deleted, in one transaction. */
    private void changeKey(RequestContext ctx, String keyId, String action, Change change) {
        store.write(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), keyId, false);
            Keyring.requireCustomerManaged(ctx.principal(), k, action);
            Keyring.requireNotPendingDeletion(k);
            change.apply(tx, k);
            return null;
        });
    }

    @FunctionalInterface
    private interface Change {
        void apply(Tx tx, StoredKey k) throws SQLException;
    }

    // Deletion

    @Override
    public ScheduleKeyDeletionResponse scheduleKeyDeletion(RequestContext ctx, ScheduleKeyDeletionRequest in) {
        int window = in.pendingWindowInDays() == null ? DEFAULT_PENDING_WINDOW_DAYS : in.pendingWindowInDays();
        if (window < 7 || window > 30) {
            throw new AwsException("ValidationException", "1 validation error detected: Value '" + window + "' at 'pendingWindowInDays' failed to "
                    + "satisfy constraint: Member must have value " + (window < 7 ? "greater than or equal to 7" : "less than or equal to 30"));
        }
        ScheduleKeyDeletionResponse out = store.write(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false);
            Keyring.requireCustomerManaged(ctx.principal(), k, "ScheduleKeyDeletion");
            Keyring.requireNotPendingDeletion(k);
            long deletion = clock.millis() + Keyring.days(window);
            repo.updateState(tx, k.keyId(), "PendingDeletion", deletion, window);
            timers.schedule(tx, DELETION_TIMER, deletion, k.keyId());
            return new ScheduleKeyDeletionResponse(k.arn(), Instant.ofEpochMilli(deletion), "PendingDeletion", window);
        });
        timers.wake();
        return out;
    }

    @Override
    public CancelKeyDeletionResponse cancelKeyDeletion(RequestContext ctx, CancelKeyDeletionRequest in) {
        return store.write(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false);
            if (!k.state().equals("PendingDeletion")) {
                throw new AwsException("KMSInvalidStateException", k.arn() + " is not pending deletion.");
            }
            // A key whose deletion is cancelled comes back disabled, whatever it was before.
            repo.updateState(tx, k.keyId(), "Disabled", null, null);
            timers.cancel(tx, DELETION_TIMER, k.keyId());
            return new CancelKeyDeletionResponse(k.arn());
        });
    }

    /** A key whose pending window ended is gone, with its material, aliases, grants and tags. */
    private void deleteWhenDue(Tx tx, String keyId) throws SQLException {
        StoredKey k = repo.key(tx, keyId);
        if (k != null && k.state().equals("PendingDeletion") && k.deletionDate() != null && k.deletionDate() <= clock.millis()) {
            timers.cancel(tx, ROTATION_TIMER, keyId);
            repo.deleteKey(tx, k);
        }
    }

    // Rotation

    @Override
    public void enableKeyRotation(RequestContext ctx, EnableKeyRotationRequest in) {
        rotations.enableKeyRotation(ctx, in);
    }

    @Override
    public void disableKeyRotation(RequestContext ctx, DisableKeyRotationRequest in) {
        rotations.disableKeyRotation(ctx, in);
    }

    @Override
    public GetKeyRotationStatusResponse getKeyRotationStatus(RequestContext ctx, GetKeyRotationStatusRequest in) {
        return rotations.getKeyRotationStatus(ctx, in);
    }

    @Override
    public RotateKeyOnDemandResponse rotateKeyOnDemand(RequestContext ctx, RotateKeyOnDemandRequest in) {
        return rotations.rotateKeyOnDemand(ctx, in);
    }

    @Override
    public ListKeyRotationsResponse listKeyRotations(RequestContext ctx, ListKeyRotationsRequest in) {
        return rotations.listKeyRotations(ctx, in);
    }

    // Key policies

    @Override
    public GetKeyPolicyResponse getKeyPolicy(RequestContext ctx, GetKeyPolicyRequest in) {
        checkPolicyName(in.policyName());
        return store.read(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false);
            return new GetKeyPolicyResponse(k.policy(), POLICY_NAME);
        });
    }

    @Override
    public void putKeyPolicy(RequestContext ctx, PutKeyPolicyRequest in) {
        checkPolicyName(in.policyName());
        String policy = checkedPolicy(in.policy());
        changeKey(ctx, in.keyId(), "PutKeyPolicy", (tx, k) -> repo.updatePolicy(tx, k.keyId(), policy));
    }

    @Override
    public ListKeyPoliciesResponse listKeyPolicies(RequestContext ctx, ListKeyPoliciesRequest in) {
        store.read(tx -> keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false));
        return new ListKeyPoliciesResponse(List.of(POLICY_NAME), null, false);
    }

    private static void checkPolicyName(String name) {
        if (name != null && !name.equals(POLICY_NAME)) {
            throw new AwsException("NotFoundException", "No such policy exists");
        }
    }

    /** A key policy in IAM's grammar for resource policies (a Principal in every statement), else MalformedPolicyDocumentException. */
    private static String checkedPolicy(String text) {
        try {
            PolicyDocument.parse(text);
        } catch (PolicyDocument.Malformed e) {
            throw new AwsException("MalformedPolicyDocumentException", e.getMessage());
        }
        return text;
    }

    // Aliases

    @Override
    public void createAlias(RequestContext ctx, CreateAliasRequest in) {
        aliases.createAlias(ctx, in);
    }

    @Override
    public void updateAlias(RequestContext ctx, UpdateAliasRequest in) {
        aliases.updateAlias(ctx, in);
    }

    @Override
    public void deleteAlias(RequestContext ctx, DeleteAliasRequest in) {
        aliases.deleteAlias(ctx, in);
    }

    @Override
    public ListAliasesResponse listAliases(RequestContext ctx, ListAliasesRequest in) {
        return aliases.listAliases(ctx, in);
    }

    // Grants

    @Override
    public CreateGrantResponse createGrant(RequestContext ctx, CreateGrantRequest in) {
        return grants.create(ctx, in);
    }

    @Override
    public ListGrantsResponse listGrants(RequestContext ctx, ListGrantsRequest in) {
        return grants.list(ctx, in);
    }

    @Override
    public ListGrantsResponse listRetirableGrants(RequestContext ctx, ListRetirableGrantsRequest in) {
        return grants.listRetirable(ctx, in);
    }

    @Override
    public void retireGrant(RequestContext ctx, RetireGrantRequest in) {
        grants.retire(ctx, in);
    }

    @Override
    public void revokeGrant(RequestContext ctx, RevokeGrantRequest in) {
        grants.revoke(ctx, in);
    }

    // Tags

    @Override
    public void tagResource(RequestContext ctx, TagResourceRequest in) {
        Map<String, String> tags = tagMap(in.tags());
        Tags.check(tags, TAG_RULES);
        changeKey(ctx, in.keyId(), "TagResource", (tx, k) -> Tags.put(tx, k.arn(), tags, TAG_RULES));
    }

    @Override
    public void untagResource(RequestContext ctx, UntagResourceRequest in) {
        changeKey(ctx, in.keyId(), "UntagResource", (tx, k) -> Tags.remove(tx, k.arn(), in.tagKeys()));
    }

    @Override
    public ListResourceTagsResponse listResourceTags(RequestContext ctx, ListResourceTagsRequest in) {
        Paging.Listing listing = Paging.Listing.of(KmsService::invalidMarker, "ListResourceTags", ctx.accountId(), ctx.region(), in.keyId());
        List<Tag> tags = store.read(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), false);
            List<Tag> out = new ArrayList<>();
            Tags.list(tx, k.arn()).forEach((key, value) -> out.add(new Tag(key, value)));
            return out;
        }).stream().sorted(Comparator.comparing(Tag::tagKey)).toList();
        Paging.Page<Tag> page = listing.after(tags, Tag::tagKey, in.marker(), limit(in.limit(), 50, 50));
        return new ListResourceTagsResponse(page.items(), page.nextToken(), page.nextToken() != null);
    }

    private static Map<String, String> tagMap(List<Tag> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(t -> out.put(t.tagKey(), t.tagValue()));
        }
        return out;
    }

    // Cryptographic operations

    @Override
    public EncryptResponse encrypt(RequestContext ctx, EncryptRequest in) {
        return crypto.encrypt(ctx, in);
    }

    @Override
    public DecryptResponse decrypt(RequestContext ctx, DecryptRequest in) {
        return crypto.decrypt(ctx, in);
    }

    @Override
    public ReEncryptResponse reEncrypt(RequestContext ctx, ReEncryptRequest in) {
        return crypto.reEncrypt(ctx, in);
    }

    @Override
    public GenerateDataKeyResponse generateDataKey(RequestContext ctx, GenerateDataKeyRequest in) {
        return crypto.generateDataKey(ctx, in);
    }

    @Override
    public GenerateDataKeyWithoutPlaintextResponse generateDataKeyWithoutPlaintext(RequestContext ctx, GenerateDataKeyWithoutPlaintextRequest in) {
        return crypto.generateDataKeyWithoutPlaintext(ctx, in);
    }

    @Override
    public GenerateDataKeyPairResponse generateDataKeyPair(RequestContext ctx, GenerateDataKeyPairRequest in) {
        return crypto.generateDataKeyPair(ctx, in);
    }

    @Override
    public GenerateDataKeyPairWithoutPlaintextResponse generateDataKeyPairWithoutPlaintext(RequestContext ctx,
                                                                                         GenerateDataKeyPairWithoutPlaintextRequest in) {
        return crypto.generateDataKeyPairWithoutPlaintext(ctx, in);
    }

    @Override
    public GenerateRandomResponse generateRandom(RequestContext ctx, GenerateRandomRequest in) {
        return crypto.generateRandom(in);
    }

    @Override
    public SignResponse sign(RequestContext ctx, SignRequest in) {
        return crypto.sign(ctx, in);
    }

    @Override
    public VerifyResponse verify(RequestContext ctx, VerifyRequest in) {
        return crypto.verify(ctx, in);
    }

    @Override
    public GetPublicKeyResponse getPublicKey(RequestContext ctx, GetPublicKeyRequest in) {
        return crypto.getPublicKey(ctx, in);
    }

    @Override
    public GenerateMacResponse generateMac(RequestContext ctx, GenerateMacRequest in) {
        return crypto.generateMac(ctx, in);
    }

    @Override
    public VerifyMacResponse verifyMac(RequestContext ctx, VerifyMacRequest in) {
        return crypto.verifyMac(ctx, in);
    }

    // Answers

    /** A key as DescribeKey and CreateKey answer it. */
    static KeyMetadata metadata(StoredKey k, StoredMaterial current) {
        boolean pending = k.state().equals("PendingDeletion");
        return new KeyMetadata(k.account(), k.keyId(), k.arn(), Instant.ofEpochMilli(k.created()), k.state().equals("Enabled"), k.description(),
                k.usage(), k.state(), pending ? Instant.ofEpochMilli(k.deletionDate()) : null, null, "AWS_KMS", null, null, null, k.manager(),
                k.spec().name(), k.spec().name(), k.spec().encryptionAlgorithms(k.usage()), k.spec().signingAlgorithms(k.usage()), null, false, null,
                null, k.spec().macAlgorithms(), null, k.spec().symmetric() && current != null ? current.materialId() : null);
    }

    static int limit(Integer given, int max, int fallback) {
        return given == null ? fallback : Math.min(given, max);
    }

    static AwsException invalidMarker(String marker) {
        return new AwsException("InvalidMarkerException", "Invalid marker: " + marker);
    }
}
