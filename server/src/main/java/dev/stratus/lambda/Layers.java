package dev.stratus.lambda;

import dev.stratus.lambda.api.GetLayerVersionResponse;
import dev.stratus.lambda.api.Layer;
import dev.stratus.lambda.api.LayerVersionContentInput;
import dev.stratus.lambda.api.LayerVersionContentOutput;
import dev.stratus.lambda.api.LayerVersionsListItem;
import dev.stratus.lambda.api.LayersListItem;
import dev.stratus.lambda.api.PublishLayerVersionRequest;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Layers: versioned packages that functions name in their configuration and find unpacked in
 * /opt (here, the environment's opt directory). Version numbers are never reused, as in AWS. A
 * deleted version stays stored, hidden, because functions that use it keep working (as in AWS).
 */
final class Layers {
    static final int MAX_LAYERS = 5;
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE lambda_layer (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              version BIGINT NOT NULL,
              code_sha TEXT NOT NULL,
              config TEXT NOT NULL,
              deleted BIGINT NOT NULL DEFAULT 0,
              PRIMARY KEY (account, region, name, version));
            CREATE TABLE lambda_layer_name (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              last_version BIGINT NOT NULL,
              PRIMARY KEY (account, region, name))
            """);
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    /** A layer version as stored, with the digest of its package. */
    record Stored(GetLayerVersionResponse config, String codeSha, boolean deleted) {
    }

    private final Store store;
    private final Clock clock;
    private final LambdaRepository repo;
    private final Packages packages;
    private final CodeLinks links;

    Layers(Store store, Clock clock, LambdaRepository repo, Packages packages, CodeLinks links) {
        this.store = store;
        this.clock = clock;
        this.repo = repo;
        this.packages = packages;
        this.links = links;
        store.migrate("lambda-layers", MIGRATIONS);
    }

    GetLayerVersionResponse publish(RequestContext ctx, PublishLayerVersionRequest in) {
        LayerVersionContentInput content = in.content() == null ? new LayerVersionContentInput(null, null, null, null) : in.content();
        byte[] zip = packages.read(ctx, new Packages.Source(content.zipFile(), content.s3Bucket(), content.s3Key(), content.s3ObjectVersion()),
                "Please provide a source for layer content.");
        String sha = LambdaService.sha256(zip);
        String layerArn = Arn.of("lambda", ctx.region(), ctx.accountId(), "layer:" + in.layerName()).toString();
        return withLink(ctx, store.write(tx -> {
            long version = nextVersion(tx, ctx.accountId(), ctx.region(), in.layerName());
            GetLayerVersionResponse v = new GetLayerVersionResponse(
                    new LayerVersionContentOutput(null, sha, (long) zip.length, null, null),
                    layerArn, layerArn + ":" + version, in.description() == null ? "" : in.description(),
                    CREATED.format(Instant.ofEpochMilli(clock.millis())), version, in.compatibleRuntimes(), in.licenseInfo(),
                    in.compatibleArchitectures());
            repo.putCode(tx, sha, zip);
            tx.update("INSERT INTO lambda_layer (account, region, name, version, code_sha, config) VALUES (?, ?, ?, ?, ?, ?)",
                    ctx.accountId(), ctx.region(), in.layerName(), version, sha, Json.string(v));
            return v;
        }), sha);
    }

    /** The version as answered: its Content.Location a link that serves the package for ten minutes from now. */
    private GetLayerVersionResponse withLink(RequestContext ctx, GetLayerVersionResponse v, String codeSha) {
        LayerVersionContentOutput c = v.content();
        return new GetLayerVersionResponse(new LayerVersionContentOutput(links.link(ctx.host(), codeSha), c.codeSha256(), c.codeSize(), c.signingProfileVersionArn(),
                c.signingJobArn()), v.layerArn(), v.layerVersionArn(), v.description(), v.createdDate(), v.version(), v.compatibleRuntimes(),
                v.licenseInfo(), v.compatibleArchitectures());
    }

    private static long nextVersion(Tx tx, String account, String region, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT last_version FROM lambda_layer_name WHERE account = ? AND region = ? AND name = ?");
        Tx.bind(ps, account, region, name);
        long next;
        try (ResultSet rs = ps.executeQuery()) {
            next = rs.next() ? rs.getLong(1) + 1 : 1;
        }
        tx.update("INSERT INTO lambda_layer_name (account, region, name, last_version) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (account, region, name) DO UPDATE SET last_version = excluded.last_version", account, region, name, next);
        return next;
    }

    GetLayerVersionResponse get(RequestContext ctx, String name, long version) {
        Stored s = store.read(tx -> stored(tx, ctx.accountId(), ctx.region(), name, version));
        if (s == null || s.deleted()) {
            throw new AwsException("ResourceNotFoundException", "The resource you requested does not exist.");
        }
        return withLink(ctx, s.config(), s.codeSha());
    }

    GetLayerVersionResponse getByArn(RequestContext ctx, String arn) {
        Stored s = store.read(tx -> byArn(tx, arn));
        if (s == null || s.deleted()) {
            throw new AwsException("ResourceNotFoundException", "The resource you requested does not exist.");
        }
        return withLink(ctx, s.config(), s.codeSha());
    }

    void delete(RequestContext ctx, String name, long version) {
        store.write(tx -> {
            tx.update("UPDATE lambda_layer SET deleted = 1 WHERE account = ? AND region = ? AND name = ? AND version = ?",
                    ctx.accountId(), ctx.region(), name, version);
            return null;
        });
    }

    /** Every version of a layer, newest first, that suits the runtime and architecture when they are given. */
    List<LayerVersionsListItem> versions(RequestContext ctx, String name, String runtime, String architecture) {
        List<LayerVersionsListItem> out = new ArrayList<>();
        store.read(tx -> {
            PreparedStatement ps = tx.sql("SELECT config FROM lambda_layer WHERE account = ? AND region = ? AND name = ? AND deleted = 0 "
                    + "ORDER BY version DESC");
            Tx.bind(ps, ctx.accountId(), ctx.region(), name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    GetLayerVersionResponse v = Json.parse(rs.getString(1), GetLayerVersionResponse.class);
                    if (suits(v, runtime, architecture)) {
                        out.add(item(v));
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** Each layer with its newest version that suits the runtime and architecture, by name. */
    List<LayersListItem> layers(RequestContext ctx, String runtime, String architecture) {
        Map<String, LayersListItem> latest = new LinkedHashMap<>();
        store.read(tx -> {
            PreparedStatement ps = tx.sql("SELECT name, config FROM lambda_layer WHERE account = ? AND region = ? AND deleted = 0 "
                    + "ORDER BY name, version DESC");
            Tx.bind(ps, ctx.accountId(), ctx.region());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    GetLayerVersionResponse v = Json.parse(rs.getString(2), GetLayerVersionResponse.class);
                    if (!latest.containsKey(rs.getString(1)) && suits(v, runtime, architecture)) {
                        latest.put(rs.getString(1), new LayersListItem(rs.getString(1), v.layerArn(), item(v)));
                    }
                }
            }
            return null;
        });
        return new ArrayList<>(latest.values());
    }

    private static boolean suits(GetLayerVersionResponse v, String runtime, String architecture) {
        return (runtime == null || v.compatibleRuntimes() == null || v.compatibleRuntimes().contains(runtime))
                && (architecture == null || v.compatibleArchitectures() == null || v.compatibleArchitectures().contains(architecture));
    }

    private static LayerVersionsListItem item(GetLayerVersionResponse v) {
        return new LayerVersionsListItem(v.layerVersionArn(), v.version(), v.description(), v.createdDate(), v.compatibleRuntimes(),
                v.licenseInfo(), v.compatibleArchitectures());
    }

    /** The layers a function names, checked as AWS checks them, as its configuration lists them. */
    List<Layer> resolve(Tx tx, List<String> arns) throws SQLException {
        if (arns.size() > MAX_LAYERS) {
            throw FunctionRules.invalid("Cannot reference more than " + MAX_LAYERS + " layers.");
        }
        List<Layer> out = new ArrayList<>();
        for (String arn : arns) {
            Stored s = byArn(tx, arn);
            if (s == null || s.deleted()) {
                throw FunctionRules.invalid("Layer version " + arn + " does not exist.");
            }
            out.add(new Layer(arn, s.config().content().codeSize(), null, null));
        }
        return out;
    }

    /** arn:{partition}:lambda:{region}:{account}:layer:{name}:{version} */
    static Stored byArn(Tx tx, String arn) throws SQLException {
        Arn layer = Arn.parse(arn).filter(a -> a.service().equals("lambda")).orElse(null);
        String[] p = layer == null ? new String[0] : layer.resourceAfter("layer:").map(r -> r.split(":", -1)).orElse(new String[0]);
        if (p.length != 2 || !p[1].matches("\\d{1,18}")) {
            return null;
        }
        return stored(tx, layer.account(), layer.region(), p[0], Long.parseLong(p[1]));
    }

    private static Stored stored(Tx tx, String account, String region, String name, long version) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT config, code_sha, deleted FROM lambda_layer WHERE account = ? AND region = ? AND name = ? AND version = ?");
        Tx.bind(ps, account, region, name, version);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Stored(Json.parse(rs.getString(1), GetLayerVersionResponse.class), rs.getString(2), rs.getLong(3) != 0) : null;
        }
    }
}
