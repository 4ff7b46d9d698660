package dev.stratus.kms;

import dev.stratus.kms.KmsRepository.StoredAlias;
import dev.stratus.kms.KmsRepository.StoredKey;
import dev.stratus.kms.KmsRepository.StoredMaterial;
import dev.stratus.platform.Arn;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.identity.EvaluationResult;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * KMS keys as the operations and the {@code Keys} port share them: how a key is named in a request
 * (key id, key ARN, alias name, alias ARN) and found, which key states an operation accepts, how a
 * key and its material are made and opened, and the AWS managed keys services make on first use.
 */
final class Keyring {
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final String AWS_ALIAS_PREFIX = "alias/aws/";
    /** The services whose AWS managed keys Stratus makes on first use, by the name in their alias (alias/aws/ssm), and what AWS calls what they protect. */
    private static final Map<String, String> AWS_MANAGED = Map.of(
            "ssm", "SSM parameters",
            "secretsmanager", "Secrets Manager secrets",
            "lambda", "Lambda functions",
            "sqs", "SQS queues",
            "sns", "SNS topics",
            "logs", "CloudWatch Logs",
            "s3", "S3 buckets",
            "events", "EventBridge resources");
    static final int DEFAULT_ROTATION_DAYS = 365;

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final MasterKey master;
    private final KmsRepository repo;
    private final AccessControl access;

    Keyring(Store store, Clock clock, Timers timers, MasterKey master, KmsRepository repo, AccessControl access) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.timers = timers;
        this.master = master;
        this.repo = repo;
    }

    // Finding keys

    /**
     * The key a request names, by key id or key ARN, or also by alias name or alias ARN where
     * {@code aliases} (the operations that take them). A key of another region is not found; a key
     * of another account is, by its ARN (its key policy decides whether the caller may use it).
     */
    StoredKey find(Tx tx, String account, String region, String given, boolean aliases) throws SQLException {
        String keyId = given;
        if (given.startsWith("arn:")) {
            Arn arn = Arn.parse(given).filter(a -> a.service().equals("kms")).orElseThrow(() -> invalidKeyId(given));
            if (!arn.region().equals(region)) {
                throw new AwsException("NotFoundException", "Invalid arn " + arn.region());
            }
            if (arn.resource().startsWith("alias/") && aliases) {
                return byAlias(tx, arn.account(), region, arn.resource());
            }
            keyId = arn.resourceAfter("key/").orElseThrow(() -> invalidKeyId(given));
            account = arn.account();
        } else if (given.startsWith("alias/")) {
            if (!aliases) {
                throw invalidKeyId(given);
            }
            return byAlias(tx, account, region, given);
        }
        if (!KEY_ID.matcher(keyId).matches()) {
            throw invalidKeyId(keyId);
        }
        StoredKey k = repo.key(tx, keyId.toLowerCase(java.util.Locale.ROOT));
        if (k == null || !k.region().equals(region) || !k.account().equals(account)) {
            throw new AwsException("NotFoundException", "Key '" + keyArn(region, account, keyId) + "' does not exist");
        }
        return k;
    }

    private StoredKey byAlias(Tx tx, String account, String region, String name) throws SQLException {
        StoredAlias alias = repo.alias(tx, account, region, name);
        StoredKey k = alias == null ? null : repo.key(tx, alias.keyId());
        if (k == null) {
            throw new AwsException("NotFoundException", "Alias '" + Arn.of("kms", region, account, name) + "' is not found.");
        }
        return k;
    }

    /**
     * Makes the AWS managed key that {@code given} names (an alias name or alias ARN such as
     * {@code alias/aws/ssm}) if it was never made, as AWS makes it on first use: before a read
     * transaction looks for it.
     */
    void prepare(String account, String region, String given) {
        String owner = account;
        String name = given;
        if (given.startsWith("arn:")) {
            Optional<Arn> arn = Arn.parse(given).filter(a -> a.service().equals("kms") && a.region().equals(region));
            if (arn.isEmpty()) {
                return;
            }
            owner = arn.get().account();
            name = arn.get().resource();
        }
        if (isAwsManagedAlias(name) && owner.equals(account)) {
            awsManagedArn(account, region, name);
        }
    }

    static boolean isAwsManagedAlias(String name) {
        return name.startsWith(AWS_ALIAS_PREFIX) && AWS_MANAGED.containsKey(name.substring(AWS_ALIAS_PREFIX.length()));
    }

    static String keyArn(String region, String account, String keyId) {
        return Arn.of("kms", region, account, "key/" + keyId).toString();
    }

    static AwsException invalidKeyId(String given) {
        return new AwsException("NotFoundException", "Invalid keyId '" + given + "'");
    }

    // Key states

    /** Cryptographic operations need an enabled key. */
    static void requireEnabled(StoredKey k) {
        switch (k.state()) {
            case "Enabled" -> { }
            case "Disabled" -> throw new AwsException("DisabledException", k.arn() + " is disabled.");
            default -> throw pendingDeletion(k);
        }
    }

    /** Most management operations work on any key that is not waiting to be deleted. */
    static void requireNotPendingDeletion(StoredKey k) {
        if (k.state().equals("PendingDeletion")) {
            throw pendingDeletion(k);
        }
    }

    static AwsException pendingDeletion(StoredKey k) {
        return new AwsException("KMSInvalidStateException", k.arn() + " is pending deletion.");
    }

    /** What AWS managed keys refuse: their key policy lets the account read them, never change them. */
    static void requireCustomerManaged(Principal caller, StoredKey k, String action) {
        if (k.awsManaged()) {
            throw new AwsException("AccessDeniedException", "User: " + caller.id() + " is not authorized to perform: kms:" + action
                    + " on resource: " + k.arn() + " because no resource-based policy allows the kms:" + action + " action", 400);
        }
    }

    static void requireUsage(StoredKey k, String usage, String operation) {
        if (!k.usage().equals(usage)) {
            throw new AwsException("InvalidKeyUsageException", k.arn() + " key usage is " + k.usage() + " which is not valid for " + operation + ".");
        }
    }

    /** Symmetric encryption only: data keys, and ciphertext that names its key. */
    static void requireSymmetric(StoredKey k, String operation) {
        requireUsage(k, KeySpec.ENCRYPT_DECRYPT, operation);
        if (!k.spec().symmetric()) {
            throw new AwsException("InvalidKeyUsageException", k.arn() + " key spec is " + k.spec() + " which is not valid for " + operation + ".");
        }
    }

    // Making keys

    /**
     * A new key of the account and region, enabled, with its first material (made by the caller
     * before the transaction: an RSA 4096 key pair takes a second, which no transaction should wait
     * for); nothing else (aliases, tags) yet.
     */
    StoredKey create(Tx tx, String account, String region, KeySpec spec, Crypto.Material material, String usage, String description,
                     String policy, String manager) throws SQLException {
        String keyId = UUID.randomUUID().toString();
        long now = clock.millis();
        boolean rotates = manager.equals("AWS");
        StoredKey k = new StoredKey(keyId, account, region, keyArn(region, account, keyId), now, description, spec, usage, "Enabled", manager,
                policy, null, null, rotates ? DEFAULT_ROTATION_DAYS : null, rotates ? now + days(DEFAULT_ROTATION_DAYS) : null, 1,
                material.publicKey());
        repo.insertKey(tx, k);
        repo.insertMaterial(tx, sealed(keyId, 1, null, material.secret(), now));
        if (rotates) {
            // AWS managed keys rotate every year from their first day.
            timers.schedule(tx, KmsService.ROTATION_TIMER, k.nextRotation(), keyId);
            tx.afterCommit(timers::wake);
        }
        return k;
    }

    /** A new material for a key, sealed: its number is the one ciphertexts made with it carry. */
    StoredMaterial sealed(String keyId, int number, String rotationType, byte[] secret, long now) {
        return new StoredMaterial(keyId, number, HexFormat.of().formatHex(MasterKey.random(32)), now, rotationType,
                master.seal(secret, binding(keyId, number)));
    }

    /** The secret of one material of a key, unsealed; null when the key has no such material. */
    byte[] secret(Tx tx, String keyId, int number) throws SQLException {
        StoredMaterial m = repo.material(tx, keyId, number);
        return m == null ? null : master.unseal(m.sealed(), binding(keyId, number));
    }

    /** Material is sealed to its key and number: a row copied to another key or number does not open. */
    private static byte[] binding(String keyId, int number) {
        return (keyId + "/" + number).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The AWS managed key of an alias such as {@code alias/aws/ssm}, made with its alias when it is
     * first needed. Two callers may race to make it: the alias decides, and the loser's key is removed.
     */
    StoredKey awsManaged(Tx tx, String account, String region, String alias) throws SQLException {
        StoredAlias existing = repo.alias(tx, account, region, alias);
        if (existing != null) {
            return repo.key(tx, existing.keyId());
        }
        String service = alias.substring(AWS_ALIAS_PREFIX.length());
        StoredKey k = create(tx, account, region, KeySpec.SYMMETRIC_DEFAULT, Crypto.generate(KeySpec.SYMMETRIC_DEFAULT),
                KeySpec.ENCRYPT_DECRYPT,
                "Default key that protects my " + AWS_MANAGED.get(service) + " when no other key is defined",
                KeyPolicies.awsManaged(account, region, service), "AWS");
        long now = clock.millis();
        if (!repo.insertAlias(tx, new StoredAlias(account, region, alias, k.keyId(), now, now))) {
            timers.cancel(tx, KmsService.ROTATION_TIMER, k.keyId());
            repo.deleteKey(tx, k);
            return repo.key(tx, repo.alias(tx, account, region, alias).keyId());
        }
        return k;
    }

    /** The ARN of an AWS managed key, made when missing, in a transaction of its own. */
    String awsManagedArn(String account, String region, String alias) {
        if (!isAwsManagedAlias(alias)) {
            throw new AwsException("NotFoundException", "Alias '" + Arn.of("kms", region, account, alias) + "' is not found.");
        }
        Optional<String> known = Optional.ofNullable(store.read(tx -> {
            StoredAlias a = repo.alias(tx, account, region, alias);
            return a == null ? null : keyArn(region, account, a.keyId());
        }));
        return known.orElseGet(() -> store.write(tx -> awsManaged(tx, account, region, alias).arn()));
    }

    // Symmetric encryption

    /** What a Decrypt found: the key, the material that opened the ciphertext, and the plaintext. */
    record Opened(StoredKey key, StoredMaterial material, byte[] plaintext) {
    }

    /** {@code plaintext} encrypted under the key's current material, bound to {@code context}. */
    byte[] encrypt(Tx tx, StoredKey k, byte[] plaintext, Map<String, String> context) throws SQLException {
        int number = k.currentMaterial();
        byte[] secret = secret(tx, k.keyId(), number);
        Ciphertext header = new Ciphertext(UUID.fromString(k.keyId()), number, MasterKey.random(MasterKey.IV_BYTES), null);
        byte[] sealed = Crypto.sealSymmetric(secret, header.iv(), plaintext, header.additionalData(context));
        return new Ciphertext(header.keyId(), number, header.iv(), sealed).bytes();
    }

    /**
     * Opens a ciphertext of a symmetric key with the key and material it names. {@code expected} is
     * the key the request named, if it named one: another key is IncorrectKeyException. A blob
     * that is not a ciphertext, names no key of this region, or was made with another context is
     * InvalidCiphertextException, with no more said, as KMS says no more.
     */
    Opened decrypt(Tx tx, String region, byte[] blob, Map<String, String> context, StoredKey expected) throws SQLException {
        Ciphertext c = Ciphertext.parse(blob).orElseThrow(Keyring::invalidCiphertext);
        StoredKey k = repo.key(tx, c.keyId().toString());
        if (k == null || !k.region().equals(region)) {
            throw expected == null ? invalidCiphertext() : incorrectKey();
        }
        if (expected != null && !expected.keyId().equals(k.keyId())) {
            throw incorrectKey();
        }
        requireEnabled(k);
        StoredMaterial m = repo.material(tx, k.keyId(), c.material());
        if (m == null) {
            throw invalidCiphertext();
        }
        byte[] plaintext = Crypto.openSymmetric(master.unseal(m.sealed(), binding(k.keyId(), m.material())), c.iv(), c.sealed(),
                c.additionalData(context));
        if (plaintext == null) {
            throw invalidCiphertext();
        }
        return new Opened(k, m, plaintext);
    }

    static AwsException invalidCiphertext() {
        return new AwsException("InvalidCiphertextException", "");
    }

    static AwsException incorrectKey() {
        return new AwsException("IncorrectKeyException", "The key ID in the request does not identify a CMK that can perform this operation.");
    }

    // Authorization

    /**
     * Whether {@code caller} may perform {@code kms:<action>} on the key, through {@code viaService}
     * (null when called directly) with this encryption context: the key's policy, its grants and
     * the caller's IAM policies, as KMS evaluates them. Every cryptographic use of a key comes
     * through here, the key's policy held by the caller's transaction. What the policies refuse, a
     * grant of the key may still allow ({@link KeyGrants}).
     */
    void authorizeKeyUse(Tx tx, Principal caller, String accessKeyId, String action, StoredKey key, Map<String, String> context,
                         String viaService) throws SQLException {
        Map<String, List<String>> keys = new HashMap<>();
        if (context != null) {
            context.forEach((k, v) -> keys.put("kms:EncryptionContext:" + k, List.of(v)));
            keys.put("kms:EncryptionContextKeys", List.copyOf(context.keySet()));
        }
        if (viaService != null) {
            keys.put("kms:ViaService", List.of(viaService + "." + key.region() + ".amazonaws.com"));
        }
        if (caller.account() != null) {
            keys.put("kms:CallerAccount", List.of(caller.account()));
        }
        EvaluationResult decided = access.decide(caller, accessKeyId, "kms:" + action, key.arn(), keys, Optional.of(PolicyDocument.stored(key.policy())));
        // A grant allows what the policies leave undecided, never what a statement denies.
        if (!decided.allowed() && (decided.reason().explicit() || !KeyGrants.allow(repo.grantsOf(tx, key.keyId()), caller, action, context))) {
            throw access.refusalFor("kms:" + action).error(decided.accessDeniedMessage());
        }
    }

    static long days(int days) {
        return days * 24L * 60 * 60 * 1000;
    }
}
