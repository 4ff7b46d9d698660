package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.AccessControlPolicy;
import dev.stratus.s3.api.GetBucketAclOutput;
import dev.stratus.s3.api.GetBucketOwnershipControlsOutput;
import dev.stratus.s3.api.GetObjectAclOutput;
import dev.stratus.s3.api.GetObjectAclRequest;
import dev.stratus.s3.api.GetPublicAccessBlockOutput;
import dev.stratus.s3.api.PublicAccessBlockConfiguration;
import dev.stratus.s3.api.PutBucketAclRequest;
import dev.stratus.s3.api.PutBucketOwnershipControlsRequest;
import dev.stratus.s3.api.PutObjectAclOutput;
import dev.stratus.s3.api.PutObjectAclRequest;
import dev.stratus.s3.api.PutPublicAccessBlockRequest;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may reach a bucket besides its policy: its public access block, its object ownership (ACLs
 * are disabled under BucketOwnerEnforced, S3's default for new buckets) and its ACLs, which
 * Stratus keeps and answers but does not enforce: the bucket policy and IAM decide.
 */
final class BucketAccess {
    static final String PUBLIC_ACCESS_BLOCK = "PublicAccessBlockConfiguration";
    static final String OWNERSHIP = "OwnershipControls";
    private static final String ACL = "AccessControlList";
    private static final String ENFORCED = "BucketOwnerEnforced";
    private static final Set<String> OWNERSHIPS = Set.of("BucketOwnerPreferred", "ObjectWriter", ENFORCED);
    private static final Set<String> CANNED = Set.of("private", "public-read", "public-read-write", "authenticated-read", "aws-exec-read",
            "bucket-owner-read", "bucket-owner-full-control", "log-delivery-write");
    private static final String GROUPS = "http://acs.amazonaws.com/groups/";
    private static final String ALL_USERS = GROUPS + "global/AllUsers";
    private static final String AUTHENTICATED_USERS = GROUPS + "global/AuthenticatedUsers";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Store store;
    private final S3Repository repo;
    private final BucketSettings settings;

    BucketAccess(Store store, S3Repository repo, BucketSettings settings) {
        this.store = store;
        this.repo = repo;
        this.settings = settings;
    }

    // ---- public access block

    void putPublicAccessBlock(PutPublicAccessBlockRequest in) {
        PublicAccessBlockConfiguration c = in.publicAccessBlockConfiguration();
        if (c == null) {
            throw BucketSettings.malformedXml();
        }
        settings.put(in.bucket(), PUBLIC_ACCESS_BLOCK, new PublicAccessBlockConfiguration(on(c.blockPublicAcls()), on(c.ignorePublicAcls()),
                on(c.blockPublicPolicy()), on(c.restrictPublicBuckets())));
    }

    GetPublicAccessBlockOutput getPublicAccessBlock(String bucket) {
        JsonNode c = settings.get(bucket, PUBLIC_ACCESS_BLOCK, () -> BucketSettings.notFound("NoSuchPublicAccessBlockConfiguration",
                "The public access block configuration was not found", bucket));
        return Fields.of(PUBLIC_ACCESS_BLOCK, c).as(GetPublicAccessBlockOutput.class);
    }

    void deletePublicAccessBlock(String bucket) {
        settings.delete(bucket, PUBLIC_ACCESS_BLOCK);
    }

    /** Whether the bucket's public access block sets {@code flag} (BlockPublicPolicy, RestrictPublicBuckets, …). */
    static boolean blocks(Bucket b, String flag) {
        return b.settings().path(PUBLIC_ACCESS_BLOCK).path(flag).asBoolean(false);
    }

    private static boolean on(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    // ---- object ownership

    void putOwnershipControls(PutBucketOwnershipControlsRequest in) {
        if (in.ownershipControls() == null || in.ownershipControls().rules() == null || in.ownershipControls().rules().size() != 1
                || !OWNERSHIPS.contains(in.ownershipControls().rules().get(0).objectOwnership())) {
            throw BucketSettings.malformedXml();
        }
        settings.put(in.bucket(), OWNERSHIP, in.ownershipControls());
    }

    GetBucketOwnershipControlsOutput getOwnershipControls(String bucket) {
        JsonNode c = ownershipControls(settings.bucket(bucket));
        if (c == null) {
            throw BucketSettings.notFound("OwnershipControlsNotFoundError", "The bucket ownership controls were not found", bucket);
        }
        return Fields.of(OWNERSHIP, c).as(GetBucketOwnershipControlsOutput.class);
    }

    /** Deleting leaves a null in the settings: a bucket that never had its controls set has S3's default, one whose controls were deleted has none. */
    void deleteOwnershipControls(String bucket) {
        settings.put(bucket, OWNERSHIP, NullNode.getInstance());
    }

    private static JsonNode ownershipControls(Bucket b) {
        JsonNode c = b.settings().get(OWNERSHIP);
        if (c == null) {
            return Json.tree(Map.of("Rules", List.of(Map.of("ObjectOwnership", ENFORCED))));
        }
        return c.isNull() ? null : c;
    }

    private static boolean aclsDisabled(Bucket b) {
        JsonNode c = ownershipControls(b);
        return c != null && ENFORCED.equals(c.path("Rules").path(0).path("ObjectOwnership").asText());
    }

    // ---- ACLs

    GetBucketAclOutput getBucketAcl(String bucket) {
        Bucket b = settings.bucket(bucket);
        return Fields.of("Owner", S3Service.owner(b.account())).and("Grants", grants(b.settings().get(ACL), b.account()))
                .as(GetBucketAclOutput.class);
    }

    void putBucketAcl(PutBucketAclRequest in) {
        Bucket b = settings.bucket(in.bucket());
        ArrayNode grants = requestedGrants(b, in.acl(), in.accessControlPolicy(), Map.of("FULL_CONTROL", nn(in.grantFullControl()), "READ",
                nn(in.grantRead()), "READ_ACP", nn(in.grantReadACP()), "WRITE", nn(in.grantWrite()), "WRITE_ACP", nn(in.grantWriteACP())));
        settings.put(in.bucket(), ACL, grants);
    }

    GetObjectAclOutput getObjectAcl(GetObjectAclRequest in) {
        return store.read(tx -> {
            Bucket b = BucketSettings.existing(repo, tx, in.bucket());
            ObjectVersion o = object(tx, b, in.key(), in.versionId());
            return Fields.of("Owner", S3Service.owner(b.account())).and("Grants", grants(o.meta().get(ACL), b.account())).as(GetObjectAclOutput.class);
        });
    }

    PutObjectAclOutput putObjectAcl(PutObjectAclRequest in) {
        Bucket bucket = settings.bucket(in.bucket());
        ArrayNode grants = requestedGrants(bucket, in.acl(), in.accessControlPolicy(), Map.of("FULL_CONTROL", nn(in.grantFullControl()), "READ",
                nn(in.grantRead()), "READ_ACP", nn(in.grantReadACP()), "WRITE", nn(in.grantWrite()), "WRITE_ACP", nn(in.grantWriteACP())));
        store.write(tx -> {
            Bucket b = BucketSettings.existing(repo, tx, in.bucket());
            ObjectVersion o = object(tx, b, in.key(), in.versionId());
            o.meta().set(ACL, grants);
            repo.saveMeta(tx, o);
            return null;
        });
        return new PutObjectAclOutput(null);
    }

    /** A PutObject's canned ACL, refused as S3 refuses it where ACLs are disabled. */
    static void checkObjectAcl(Bucket b, String acl) {
        if (acl != null) {
            requestedGrants(b, acl, null, Map.of());
        }
    }

    private ObjectVersion object(Tx tx, Bucket b, String key, String versionId) throws SQLException {
        ObjectVersion o = versionId == null ? repo.latest(tx, b.name(), key) : repo.version(tx, b.name(), key, versionId);
        if (o == null || (o.deleteMarker() && versionId == null)) {
            throw versionId == null ? new AwsException("NoSuchKey", "The specified key does not exist.").with("Key", key)
                    : new AwsException("NoSuchVersion", "The specified version does not exist.", 404).with("Key", key).with("VersionId", versionId);
        }
        return o;
    }

    /**
     * The grants a Put*Acl asks for, beside the owner's FULL_CONTROL: from a canned ACL, grant
     * headers or an AccessControlPolicy body (only one of them). Where ACLs are disabled only
     * bucket-owner-full-control (or the owner's full control alone) is accepted, as S3 does.
     */
    private static ArrayNode requestedGrants(Bucket b, String canned, AccessControlPolicy body, Map<String, String> headers) {
        boolean anyHeader = headers.values().stream().anyMatch(h -> !h.isEmpty());
        if ((canned != null ? 1 : 0) + (anyHeader ? 1 : 0) + (body != null ? 1 : 0) > 1) {
            throw new AwsException("InvalidRequest", "Specifying both Canned ACLs and Header Grants is not allowed");
        }
        if (canned != null && !CANNED.contains(canned)) {
            throw BucketSettings.invalidArgument("Invalid canned ACL", "x-amz-acl", canned);
        }
        ArrayNode grants = NODES.arrayNode();
        if (canned != null) {
            cannedGrants(canned, grants);
        } else if (body != null) {
            if (body.grants() != null) {
                body.grants().forEach(g -> grants.add(Json.tree(g)));
            }
        } else {
            headers.forEach((permission, value) -> headerGrants(permission, value, grants));
        }
        if (aclsDisabled(b) && !ownerOnly(canned, grants, b.account())) {
            throw new AwsException("AccessControlListNotSupported", "The bucket does not allow ACLs");
        }
        if (BucketAccess.blocks(b, "BlockPublicAcls") && grants.findValuesAsText("URI").stream()
                .anyMatch(u -> u.equals(ALL_USERS) || u.equals(AUTHENTICATED_USERS))) {
            throw new AwsException("AccessDenied", "Access Denied", 403);
        }
        return grants;
    }

    private static boolean ownerOnly(String canned, ArrayNode grants, String account) {
        if (canned != null) {
            return canned.equals("bucket-owner-full-control");
        }
        String owner = S3Service.owner(account).get("ID");
        for (JsonNode g : grants) {
            if (!owner.equals(g.path("Grantee").path("ID").asText()) || !"FULL_CONTROL".equals(g.path("Permission").asText())) {
                return false;
            }
        }
        return true;
    }

    private static void cannedGrants(String canned, ArrayNode grants) {
        switch (canned) {
            case "public-read" -> grants.add(group(ALL_USERS, "READ"));
            case "public-read-write" -> grants.add(group(ALL_USERS, "READ")).add(group(ALL_USERS, "WRITE"));
            case "authenticated-read" -> grants.add(group(AUTHENTICATED_USERS, "READ"));
            case "log-delivery-write" -> grants.add(group(GROUPS + "s3/LogDelivery", "WRITE")).add(group(GROUPS + "s3/LogDelivery", "READ_ACP"));
            default -> {
            }
        }
    }

    /** {@code id="…", uri="…", emailAddress="…"}, as the x-amz-grant-* headers list grantees. */
    private static void headerGrants(String permission, String header, ArrayNode grants) {
        if (header.isEmpty()) {
            return;
        }
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw BucketSettings.invalidArgument("Invalid grant header", "x-amz-grant-" + permission.toLowerCase().replace('_', '-'), header);
            }
            String type = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip().replace("\"", "");
            ObjectNode grantee = NODES.objectNode();
            switch (type) {
                case "id" -> grantee.put("ID", value).put("Type", "CanonicalUser");
                case "uri" -> grantee.put("URI", value).put("Type", "Group");
                case "emailAddress" -> grantee.put("EmailAddress", value).put("Type", "AmazonCustomerByEmail");
                default -> throw BucketSettings.invalidArgument("Invalid grant header", "x-amz-grant-" + permission.toLowerCase().replace('_', '-'),
                        header);
            }
            ObjectNode g = NODES.objectNode();
            g.set("Grantee", grantee);
            g.put("Permission", permission);
            grants.add(g);
        }
    }

    private static ObjectNode group(String uri, String permission) {
        ObjectNode g = NODES.objectNode();
        g.putObject("Grantee").put("URI", uri).put("Type", "Group");
        g.put("Permission", permission);
        return g;
    }

    /** The owner's FULL_CONTROL and the grants stored (none: a private resource). */
    private static List<Object> grants(JsonNode stored, String account) {
        Map<String, Object> ownerGrantee = new LinkedHashMap<>(S3Service.owner(account));
        ownerGrantee.put("Type", "CanonicalUser");
        List<Object> out = new java.util.ArrayList<>();
        out.add(Map.of("Grantee", ownerGrantee, "Permission", "FULL_CONTROL"));
        if (stored != null) {
            String owner = S3Service.owner(account).get("ID");
            stored.forEach(g -> {
                if (!(owner.equals(g.path("Grantee").path("ID").asText()) && "FULL_CONTROL".equals(g.path("Permission").asText()))) {
                    out.add(g);
                }
            });
        }
        return out;
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
