package dev.stratus.ec2;

import dev.stratus.ec2.api.CreateKeyPairRequest;
import dev.stratus.ec2.api.DeleteKeyPairRequest;
import dev.stratus.ec2.api.DeleteKeyPairResult;
import dev.stratus.ec2.api.DescribeKeyPairsRequest;
import dev.stratus.ec2.api.DescribeKeyPairsResult;
import dev.stratus.ec2.api.ImportKeyPairRequest;
import dev.stratus.ec2.api.ImportKeyPairResult;
import dev.stratus.ec2.api.KeyPair;
import dev.stratus.ec2.api.KeyPairInfo;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Key pairs, by name within an account and region. EC2 keeps only the public key: the private key
 * of a created pair is in CreateKeyPair's answer and nowhere else.
 */
final class KeyPairs {
    /** Its tables, made by the network's migration ({@link Ec2Network}). */
    static final String TABLES = """
            CREATE TABLE ec2_key_pair (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              key_name TEXT NOT NULL,
              key_pair_id TEXT NOT NULL,
              doc TEXT NOT NULL,
              PRIMARY KEY (account, region, key_name));
            CREATE UNIQUE INDEX ec2_key_pair_id ON ec2_key_pair (account, region, key_pair_id);
            """;

    private static final Filters<KeyPairInfo> FILTERS = Filters.<KeyPairInfo>of(k -> ResourceTags.map(k.tags()))
            .one("key-pair-id", KeyPairInfo::keyPairId)
            .one("key-name", KeyPairInfo::keyName)
            .one("fingerprint", KeyPairInfo::keyFingerprint)
            .one("key-type", KeyPairInfo::keyType)
            .build();

    private final ResourceTags tags;
    private final Clock clock;

    KeyPairs(ResourceTags tags, Clock clock) {
        this.tags = tags;
        this.clock = clock;
        tags.register(ResourceType.KEY_PAIR, (tx, account, region, id) -> Rows.exists(tx,
                "SELECT 1 FROM ec2_key_pair WHERE account = ? AND region = ? AND key_pair_id = ?", account, region, id));
    }

    KeyPair create(Tx tx, RequestContext ctx, CreateKeyPairRequest in) throws SQLException {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.KEY_PAIR));
        checkName(in.keyName());
        String type = in.keyType() == null ? "rsa" : in.keyType();
        String format = in.keyFormat() == null ? "pem" : in.keyFormat();
        if (!type.equals("rsa") && !type.equals("ed25519")) {
            throw new AwsException("InvalidParameterValue", "The key pair type '" + type + "' is not valid. Valid types: rsa, ed25519.");
        }
        if (!format.equals("pem") && !format.equals("ppk")) {
            throw new AwsException("InvalidParameterValue", "The key format '" + format + "' is not valid. Valid formats: pem, ppk.");
        }
        refuseDuplicate(tx, ctx, in.keyName());
        KeyMaterial.Created made = KeyMaterial.create(type, format);
        KeyPairInfo info = insert(tx, ctx, in.keyName(), type, made.publicKey(), made.fingerprint(), in.tagSpecifications());
        return new KeyPair(info.keyPairId(), info.tags(), info.keyName(), info.keyFingerprint(), made.privateKey());
    }

    ImportKeyPairResult importKey(Tx tx, RequestContext ctx, ImportKeyPairRequest in) throws SQLException {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.KEY_PAIR));
        checkName(in.keyName());
        KeyMaterial.Imported key = KeyMaterial.read(in.publicKeyMaterial() == null ? new byte[0] : in.publicKeyMaterial())
                .orElseThrow(() -> new AwsException("InvalidKey.Format", "Key is not in valid OpenSSH public key format"));
        refuseDuplicate(tx, ctx, in.keyName());
        KeyPairInfo info = insert(tx, ctx, in.keyName(), key.keyType(), key.publicKey(), key.fingerprint(), in.tagSpecifications());
        return new ImportKeyPairResult(info.keyFingerprint(), info.keyName(), info.keyPairId(), info.tags());
    }

    DescribeKeyPairsResult describe(Tx tx, RequestContext ctx, DescribeKeyPairsRequest in) throws SQLException {
        Map<String, Map<String, String>> tagged = tags.ofKind(tx, ctx.accountId(), ctx.region(), ResourceType.KEY_PAIR);
        List<KeyPairInfo> all = new ArrayList<>();
        for (KeyPairInfo k : all(tx, ctx.accountId(), ctx.region())) {
            KeyPairInfo shown = Rows.with(k, "Tags", ResourceTags.tagSet(tagged.get(k.keyPairId())));
            all.add(Boolean.TRUE.equals(in.includePublicKey()) ? shown : Rows.with(shown, "PublicKey", null));
        }
        if (in.keyNames() != null && !in.keyNames().isEmpty()) {
            List<KeyPairInfo> named = new ArrayList<>();
            for (String n : in.keyNames()) {
                named.add(all.stream().filter(k -> k.keyName().equals(n)).findFirst()
                        .orElseThrow(() -> new AwsException("InvalidKeyPair.NotFound", "The key pair '" + n + "' does not exist")));
            }
            all = named;
        }
        List<KeyPairInfo> selected = Rows.named(all, KeyPairInfo::keyPairId, in.keyPairIds(), ResourceType.KEY_PAIR);
        Predicate<KeyPairInfo> wanted = FILTERS.parse(in.filters());
        return new DescribeKeyPairsResult(selected.stream().filter(wanted).toList());
    }

    /** DeleteKeyPair: deleting a key pair that does not exist is no error, as in EC2. */
    DeleteKeyPairResult delete(Tx tx, RequestContext ctx, DeleteKeyPairRequest in) throws SQLException {
        if (in.keyName() == null && in.keyPairId() == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter KeyName or KeyPairId");
        }
        Optional<KeyPairInfo> found = all(tx, ctx.accountId(), ctx.region()).stream()
                .filter(k -> in.keyPairId() != null ? k.keyPairId().equals(in.keyPairId()) : k.keyName().equals(in.keyName()))
                .findFirst();
        if (found.isPresent()) {
            tx.update("DELETE FROM ec2_key_pair WHERE account = ? AND region = ? AND key_name = ?", ctx.accountId(), ctx.region(),
                    found.get().keyName());
            tags.forget(tx, ctx.accountId(), ctx.region(), found.get().keyPairId());
        }
        return new DeleteKeyPairResult(true, found.map(KeyPairInfo::keyPairId).orElse(null));
    }

    /** The key pair by name, with its tags and public key, or empty. */
    Optional<KeyPairInfo> find(Tx tx, String account, String region, String keyName) throws SQLException {
        Optional<KeyPairInfo> k = Rows.doc(tx, KeyPairInfo.class, "SELECT doc FROM ec2_key_pair WHERE account = ? AND region = ? AND key_name = ?",
                account, region, keyName);
        if (k.isEmpty()) {
            return k;
        }
        return Optional.of(Rows.with(k.get(), "Tags", ResourceTags.tagSet(tags.of(tx, account, region, k.get().keyPairId()))));
    }

    private KeyPairInfo insert(Tx tx, RequestContext ctx, String name, String type, String publicKey, String fingerprint,
                               List<TagSpecification> specs) throws SQLException {
        String id = Ec2Ids.next("key");
        KeyPairInfo info = new KeyPairInfo(id, type, null, publicKey + " " + name, Instant.ofEpochMilli(clock.millis()), name, fingerprint);
        tx.update("INSERT INTO ec2_key_pair (account, region, key_name, key_pair_id, doc) VALUES (?, ?, ?, ?, ?)", ctx.accountId(), ctx.region(),
                name, id, Json.string(info));
        Map<String, String> given = tags.specified(tx, ctx.accountId(), ctx.region(), ResourceType.KEY_PAIR, id, specs);
        return Rows.with(info, "Tags", ResourceTags.tagSet(given));
    }

    private void refuseDuplicate(Tx tx, RequestContext ctx, String name) throws SQLException {
        if (Rows.exists(tx, "SELECT 1 FROM ec2_key_pair WHERE account = ? AND region = ? AND key_name = ?", ctx.accountId(), ctx.region(), name)) {
            throw new AwsException("InvalidKeyPair.Duplicate", "The keypair '" + name + "' already exists.");
        }
    }

    private static List<KeyPairInfo> all(Tx tx, String account, String region) throws SQLException {
        return Rows.docs(tx, KeyPairInfo.class, "SELECT doc FROM ec2_key_pair WHERE account = ? AND region = ? ORDER BY key_name", account, region);
    }

    /** Key names are 1 to 255 ASCII characters. */
    private static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new AwsException("MissingParameter", "The request must contain the parameter KeyName");
        }
        if (name.length() > 255 || !name.chars().allMatch(c -> c >= 32 && c < 127)) {
            throw new AwsException("InvalidParameterValue", "Value (" + name + ") for parameter keyName is invalid. "
                    + "Key names are 1 to 255 ASCII characters.");
        }
    }
}
