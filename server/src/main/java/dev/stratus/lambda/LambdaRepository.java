package dev.stratus.lambda;

import dev.stratus.lambda.api.AliasConfiguration;
import dev.stratus.lambda.api.FunctionConfiguration;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lambda's tables and every statement that touches them. A function version's configuration is
 * kept as the API's own FunctionConfiguration document; its deployment package is stored once per
 * digest. What belongs to a function as a whole or to one qualifier — reserved concurrency,
 * resource policy, asynchronous invocation settings — are documents in lambda_setting; its tags
 * are the platform's ({@link Tags}), kept by the function's ARN.
 */
final class LambdaRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE lambda_function (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              version TEXT NOT NULL,
              seq BIGINT NOT NULL,
              code_sha TEXT NOT NULL,
              config TEXT NOT NULL,
              PRIMARY KEY (account, region, name, version));
            CREATE TABLE lambda_code (
              sha TEXT PRIMARY KEY,
              zip ${BLOB} NOT NULL);
            CREATE TABLE lambda_alias (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              function_name TEXT NOT NULL,
              name TEXT NOT NULL,
              config TEXT NOT NULL,
              PRIMARY KEY (account, region, function_name, name));
            CREATE TABLE lambda_setting (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              function_name TEXT NOT NULL,
              kind TEXT NOT NULL,
              qualifier TEXT NOT NULL,
              document TEXT NOT NULL,
              PRIMARY KEY (account, region, function_name, kind, qualifier));
            """, """
            INSERT INTO resource_tag (arn, tag_key, tag_value)
              SELECT 'arn:aws:lambda:' || s.region || ':' || s.account || ':function:' || s.function_name, j.key, COALESCE(j.value, '')
              FROM lambda_setting s, ${JSON_EACH(s.document)} j WHERE s.kind = 'tags';
            DELETE FROM lambda_setting WHERE kind = 'tags';
            """);

    /** A stored function version: its configuration and the digest of its package. */
    record Version(FunctionConfiguration config, String codeSha, long seq) {
    }

    /** The key of a function: account, region and name. */
    record FunctionKey(String account, String region, String name) {
        String arn() {
            return Arn.of("lambda", region, account, "function:" + name).toString();
        }
    }

    // Versions

    Version version(Tx tx, FunctionKey f, String version) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT config, code_sha, seq FROM lambda_function WHERE account = ? AND region = ? AND name = ? AND version = ?");
        Tx.bind(ps, f.account(), f.region(), f.name(), version);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Version(Json.parse(rs.getString(1), FunctionConfiguration.class), rs.getString(2), rs.getLong(3)) : null;
        }
    }

    /** Every version of a function, $LATEST first, then by number. */
    List<Version> versions(Tx tx, FunctionKey f) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT config, code_sha, seq FROM lambda_function WHERE account = ? AND region = ? AND name = ? ORDER BY seq");
        Tx.bind(ps, f.account(), f.region(), f.name());
        return versions(ps);
    }

    /** The $LATEST of each function of an account and region whose name sorts after {@code after}, by name. */
    List<Version> latest(Tx tx, String account, String region, String after, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT config, code_sha, seq FROM lambda_function WHERE account = ? AND region = ? AND version = '$LATEST' "
                + "AND name > ? ORDER BY name LIMIT ?");
        Tx.bind(ps, account, region, after, limit);
        return versions(ps);
    }

    /** Every version of every function of an account and region, by name then version. */
    List<Version> all(Tx tx, String account, String region, String after, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT config, code_sha, seq FROM lambda_function WHERE account = ? AND region = ? "
                + "AND name || ':' || version > ? ORDER BY name || ':' || version LIMIT ?");
        Tx.bind(ps, account, region, after, limit);
        return versions(ps);
    }

    int count(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT COUNT(*) FROM lambda_function WHERE account = ? AND region = ? AND version = '$LATEST'");
        Tx.bind(ps, account, region);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The size of every version's package, as AWS counts an account's code storage. */
    long codeSize(Tx tx, String account, String region) throws SQLException {
        long total = 0;
        PreparedStatement ps = tx.sql("SELECT config FROM lambda_function WHERE account = ? AND region = ?");
        Tx.bind(ps, account, region);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Long size = Json.parse(rs.getString(1), FunctionConfiguration.class).codeSize();
                total += size == null ? 0 : size;
            }
        }
        return total;
    }

    private static List<Version> versions(PreparedStatement ps) throws SQLException {
        List<Version> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Version(Json.parse(rs.getString(1), FunctionConfiguration.class), rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }

    void putVersion(Tx tx, FunctionKey f, Version v) throws SQLException {
        tx.update("INSERT INTO lambda_function (account, region, name, version, seq, code_sha, config) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (account, region, name, version) DO UPDATE SET code_sha = excluded.code_sha, config = excluded.config",
                f.account(), f.region(), f.name(), v.config().version(), v.seq(), v.codeSha(), Json.string(v.config()));
    }

    /** The highest published version number, 0 when none was ever published (kept across deletions of versions). */
    long lastPublished(Tx tx, FunctionKey f) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT document FROM lambda_setting WHERE account = ? AND region = ? AND function_name = ? "
                + "AND kind = 'last-version' AND qualifier = ''");
        Tx.bind(ps, f.account(), f.region(), f.name());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
        }
    }

    void deleteVersion(Tx tx, FunctionKey f, String version) throws SQLException {
        tx.update("DELETE FROM lambda_function WHERE account = ? AND region = ? AND name = ? AND version = ?", f.account(), f.region(), f.name(), version);
    }

    /** Deletes a function with its versions, aliases, settings and tags. */
    void deleteFunction(Tx tx, FunctionKey f) throws SQLException {
        tx.update("DELETE FROM lambda_function WHERE account = ? AND region = ? AND name = ?", f.account(), f.region(), f.name());
        tx.update("DELETE FROM lambda_alias WHERE account = ? AND region = ? AND function_name = ?", f.account(), f.region(), f.name());
        tx.update("DELETE FROM lambda_setting WHERE account = ? AND region = ? AND function_name = ?", f.account(), f.region(), f.name());
        Tags.deleteAll(tx, f.arn());
    }

    // Code

    /** Stores a package unless a package with the same digest is already stored. */
    void putCode(Tx tx, String sha, byte[] zip) throws SQLException {
        tx.update("INSERT INTO lambda_code (sha, zip) VALUES (?, ?) ON CONFLICT (sha) DO NOTHING", sha, zip);
    }

    byte[] code(Tx tx, String sha) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT zip FROM lambda_code WHERE sha = ?");
        ps.setString(1, sha);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getBytes(1) : null;
        }
    }

    /** Drops packages no function version or layer version uses any more. */
    void dropUnusedCode(Tx tx) throws SQLException {
        tx.update("DELETE FROM lambda_code WHERE NOT EXISTS (SELECT 1 FROM lambda_function WHERE code_sha = lambda_code.sha) "
                + "AND NOT EXISTS (SELECT 1 FROM lambda_layer WHERE code_sha = lambda_code.sha)");
    }

    // Aliases

    AliasConfiguration alias(Tx tx, FunctionKey f, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT config FROM lambda_alias WHERE account = ? AND region = ? AND function_name = ? AND name = ?");
        Tx.bind(ps, f.account(), f.region(), f.name(), name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Json.parse(rs.getString(1), AliasConfiguration.class) : null;
        }
    }

    List<AliasConfiguration> aliases(Tx tx, FunctionKey f) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT config FROM lambda_alias WHERE account = ? AND region = ? AND function_name = ? ORDER BY name");
        Tx.bind(ps, f.account(), f.region(), f.name());
        List<AliasConfiguration> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Json.parse(rs.getString(1), AliasConfiguration.class));
            }
        }
        return out;
    }

    void putAlias(Tx tx, FunctionKey f, AliasConfiguration a) throws SQLException {
        tx.update("INSERT INTO lambda_alias (account, region, function_name, name, config) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (account, region, function_name, name) DO UPDATE SET config = excluded.config",
                f.account(), f.region(), f.name(), a.name(), Json.string(a));
    }

    void deleteAlias(Tx tx, FunctionKey f, String name) throws SQLException {
        tx.update("DELETE FROM lambda_alias WHERE account = ? AND region = ? AND function_name = ? AND name = ?", f.account(), f.region(), f.name(), name);
    }

    // Settings: concurrency (qualifier ''), policy and invoke-config (per qualifier), last-version ('')

    String setting(Tx tx, FunctionKey f, String kind, String qualifier) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT document FROM lambda_setting WHERE account = ? AND region = ? AND function_name = ? AND kind = ? AND qualifier = ?");
        Tx.bind(ps, f.account(), f.region(), f.name(), kind, qualifier);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The function-wide settings of one kind in every account and region. */
    Map<FunctionKey, String> settings(Tx tx, String kind) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT account, region, function_name, document FROM lambda_setting WHERE kind = ? AND qualifier = ''");
        ps.setString(1, kind);
        Map<FunctionKey, String> out = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(new FunctionKey(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4));
            }
        }
        return out;
    }

    /** Every setting of one kind of a function, by qualifier. */
    Map<String, String> settings(Tx tx, FunctionKey f, String kind) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT qualifier, document FROM lambda_setting WHERE account = ? AND region = ? AND function_name = ? AND kind = ? ORDER BY qualifier");
        Tx.bind(ps, f.account(), f.region(), f.name(), kind);
        Map<String, String> out = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    void putSetting(Tx tx, FunctionKey f, String kind, String qualifier, String document) throws SQLException {
        tx.update("INSERT INTO lambda_setting (account, region, function_name, kind, qualifier, document) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (account, region, function_name, kind, qualifier) DO UPDATE SET document = excluded.document",
                f.account(), f.region(), f.name(), kind, qualifier, document);
    }

    void deleteSetting(Tx tx, FunctionKey f, String kind, String qualifier) throws SQLException {
        tx.update("DELETE FROM lambda_setting WHERE account = ? AND region = ? AND function_name = ? AND kind = ? AND qualifier = ?",
                f.account(), f.region(), f.name(), kind, qualifier);
    }
}
