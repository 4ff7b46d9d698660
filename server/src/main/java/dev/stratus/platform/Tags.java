package dev.stratus.platform;

import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every resource's tags, in one table keyed by the resource's ARN, with AWS's common rules: at
 * most 50 user tags on a resource, keys of 1 to 128 and values of 0 to 256 Unicode characters, no
 * key starting with {@code aws:} (in any case), and where a service checks them only the
 * characters it allows. Each service answers a broken rule with its own error ({@link TagRules}).
 * A service writes tags in the transaction that creates its resource and deletes them in the one
 * that deletes it.
 */
public final class Tags {
    public static final int MAX_PER_RESOURCE = 50;
    private static final int MAX_KEY_LENGTH = 128;
    private static final int MAX_VALUE_LENGTH = 256;
    private static final String RESERVED_PREFIX = "aws:";

    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE resource_tag (
              arn TEXT NOT NULL,
              tag_key TEXT NOT NULL,
              tag_value TEXT NOT NULL,
              PRIMARY KEY (arn, tag_key));
            """);

    private Tags() {
    }

    /**
     * Creates the table: every service calls it before its own migrations, which may move tags
     * from where the service kept them before into it.
     */
    public static void migrate(Store store) {
        store.migrate("tags", MIGRATIONS);
    }

    /**
     * Checks tags given to an operation against the rules, before anything else is done: each tag,
     * and their number on their own. A null value counts as empty, as the query protocol gives it.
     */
    public static void check(Map<String, String> tags, TagRules rules) {
        if (tags == null) {
            return;
        }
        tags.forEach((k, v) -> checkOne(k, v == null ? "" : v, rules));
        if (tags.size() > MAX_PER_RESOURCE) {
            throw rules.tooMany().get();
        }
    }

    /** Adds {@code tags} to the resource's, replacing the values of keys it has; refused whole if a tag or the total breaks a rule. */
    public static void put(Tx tx, String arn, Map<String, String> tags, TagRules rules) throws SQLException {
        if (tags == null || tags.isEmpty()) {
            return;
        }
        check(tags, rules);
        Set<String> keys = new HashSet<>(list(tx, arn).keySet());
        keys.addAll(tags.keySet());
        if (keys.size() > MAX_PER_RESOURCE) {
            throw rules.tooMany().get();
        }
        for (Map.Entry<String, String> e : tags.entrySet()) {
            tx.update("INSERT INTO resource_tag (arn, tag_key, tag_value) VALUES (?, ?, ?) "
                    + "ON CONFLICT (arn, tag_key) DO UPDATE SET tag_value = excluded.tag_value", arn, e.getKey(), e.getValue() == null ? "" : e.getValue());
        }
    }

    /**
     * Writes AWS's own tags, whose keys start with {@code aws:} (EC2's {@code aws:ec2launchtemplate:id}
     * on an instance launched from a template): no user can write or delete them, so they skip the
     * rules users' tags are checked against.
     */
    public static void putOwn(Tx tx, String arn, Map<String, String> tags) throws SQLException {
        for (Map.Entry<String, String> e : tags.entrySet()) {
            if (!e.getKey().startsWith(RESERVED_PREFIX)) {
                throw new IllegalArgumentException("AWS's own tags have keys starting with aws:, not " + e.getKey());
            }
            tx.update("INSERT INTO resource_tag (arn, tag_key, tag_value) VALUES (?, ?, ?) "
                    + "ON CONFLICT (arn, tag_key) DO UPDATE SET tag_value = excluded.tag_value", arn, e.getKey(), e.getValue());
        }
    }

    /** Removes the tags with these keys; keys the resource does not have are no error, as in AWS. */
    public static void remove(Tx tx, String arn, Collection<String> keys) throws SQLException {
        if (keys == null) {
            return;
        }
        for (String k : keys) {
            tx.update("DELETE FROM resource_tag WHERE arn = ? AND tag_key = ?", arn, k);
        }
    }

    /** The resource's tags, by key. */
    public static Map<String, String> list(Tx tx, String arn) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT tag_key, tag_value FROM resource_tag WHERE arn = ? ORDER BY tag_key");
        ps.setString(1, arn);
        Map<String, String> out = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** Forgets the tags of a deleted resource, so one made again under its ARN starts without them. */
    public static void deleteAll(Tx tx, String arn) throws SQLException {
        tx.update("DELETE FROM resource_tag WHERE arn = ?", arn);
    }

    private static void checkOne(String key, String value, TagRules rules) {
        TagRules.Rule broken = null;
        int keyLength = key == null ? 0 : key.codePointCount(0, key.length());
        if (keyLength < 1 || keyLength > MAX_KEY_LENGTH) {
            broken = TagRules.Rule.KEY_LENGTH;
        } else if (value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
            broken = TagRules.Rule.VALUE_LENGTH;
        } else if (key.regionMatches(true, 0, RESERVED_PREFIX, 0, RESERVED_PREFIX.length())) {
            broken = TagRules.Rule.RESERVED_KEY;
        } else if (rules.characters() != null && !(rules.characters().matcher(key).matches() && rules.characters().matcher(value).matches())) {
            broken = TagRules.Rule.CHARACTERS;
        }
        if (broken != null) {
            throw rules.invalid().apply(new TagRules.Refusal(broken, key, value));
        }
    }
}
