package dev.stratus.s3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * What S3 writes of a change: the event record its notifications carry (one of a message's
 * {@code Records}), the {@code s3:TestEvent} it sends when a configuration is saved, and the
 * detail of its EventBridge events. {@link Change} is one change as both see it.
 */
final class EventRecords {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** Who S3 names as the requester of what it does by itself (lifecycle expiration). */
    static final String S3_ITSELF = "s3.amazonaws.com";

    private EventRecords() {
    }

    /**
     * One change: {@code eventName} without the s3: prefix, at {@code millis}, made by the request
     * {@code ctx} (null when S3 made it itself), numbered by {@code sequencer} (which grows for a key).
     */
    record Change(Bucket bucket, ObjectVersion object, String eventName, RequestContext ctx, long millis, String sequencer) {

        boolean created() {
            return eventName.startsWith("ObjectCreated:");
        }

        /** Whether S3 made the change itself rather than for a request. */
        boolean byS3() {
            return ctx == null || eventName.startsWith("LifecycleExpiration:");
        }

        String requestId() {
            return ctx == null || ctx.requestId() == null ? sequencer : ctx.requestId();
        }

        String sourceIp() {
            return byS3() ? S3_ITSELF : ctx.sourceIp() == null ? "127.0.0.1" : ctx.sourceIp();
        }

        /** The object's version id, or null when it has none (written while versioning was never on). */
        String versionId() {
            return ObjectData.NULL_VERSION.equals(object.versionId()) ? null : object.versionId();
        }
    }

    /** The record for rule {@code configurationId}, as S3 writes it into {@code Records}. */
    static ObjectNode record(Change c, String configurationId) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("eventVersion", "2.1");
        r.put("eventSource", "aws:s3");
        r.put("awsRegion", c.bucket().region());
        r.put("eventTime", TIME.format(Instant.ofEpochMilli(c.millis())));
        r.put("eventName", c.eventName());
        r.putObject("userIdentity").put("principalId", c.byS3() ? "AmazonS3" : principalId(c.ctx().principal(), c.ctx().accountId()));
        r.putObject("requestParameters").put("sourceIPAddress", c.sourceIp());
        ObjectNode response = r.putObject("responseElements");
        response.put("x-amz-request-id", c.requestId());
        response.put("x-amz-id-2", hostId(c.requestId()));
        ObjectNode s3 = r.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", configurationId);
        ObjectNode bucket = s3.putObject("bucket");
        bucket.put("name", c.bucket().name());
        bucket.putObject("ownerIdentity").put("principalId", c.bucket().account());
        bucket.put("arn", S3Arns.bucket(c.bucket().name()));
        ObjectNode object = s3.putObject("object");
        object.put("key", encodedKey(c.object().key()));
        if (c.created()) {
            object.put("size", c.object().size());
            object.put("eTag", unquoted(c.object().etag()));
        }
        if (c.versionId() != null) {
            object.put("versionId", c.versionId());
        }
        object.put("sequencer", c.sequencer());
        return r;
    }

    /** A notification message: the records under {@code Records}. */
    static String message(ObjectNode record) {
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.putArray("Records").add(record);
        return Json.string(m);
    }

    /** What S3 sends a queue or topic when a configuration naming it is saved. */
    static String testEvent(String bucket, String requestId, long millis) {
        ObjectNode t = Json.MAPPER.createObjectNode();
        t.put("Service", "Amazon S3");
        t.put("Event", "s3:TestEvent");
        t.put("Time", TIME.format(Instant.ofEpochMilli(millis)));
        t.put("Bucket", bucket);
        t.put("RequestId", requestId);
        t.put("HostId", hostId(requestId));
        return Json.string(t);
    }

    /** The detail-type of the EventBridge event for {@code eventName}. */
    static String detailType(String eventName) {
        return eventName.startsWith("ObjectCreated:") ? "Object Created" : "Object Deleted";
    }

    /** The detail of the EventBridge event for the change. */
    static ObjectNode detail(Change c) {
        ObjectNode d = Json.MAPPER.createObjectNode();
        d.put("version", "0");
        d.putObject("bucket").put("name", c.bucket().name());
        ObjectNode object = d.putObject("object");
        object.put("key", c.object().key());
        if (c.created()) {
            object.put("size", c.object().size());
            object.put("etag", unquoted(c.object().etag()));
        }
        if (c.versionId() != null) {
            object.put("version-id", c.versionId());
        }
        object.put("sequencer", c.sequencer());
        d.put("request-id", c.requestId());
        d.put("requester", c.byS3() ? S3_ITSELF : c.ctx().accountId());
        d.put("source-ip-address", c.sourceIp());
        d.put("reason", reason(c.eventName()));
        if (!c.created()) {
            d.put("deletion-type", c.eventName().endsWith(":DeleteMarkerCreated") ? "Delete Marker Created" : "Permanently Deleted");
        }
        return d;
    }

    /** The API call EventBridge's detail names for an event (DeleteObjects' deletions are DeleteObject's, as S3 reports them). */
    static String reason(String eventName) {
        return switch (eventName) {
            case "ObjectCreated:Put" -> "PutObject";
            case "ObjectCreated:Post" -> "POST Object";
            case "ObjectCreated:Copy" -> "CopyObject";
            case "ObjectCreated:CompleteMultipartUpload" -> "CompleteMultipartUpload";
            default -> eventName.startsWith("LifecycleExpiration:") ? "Lifecycle Expiration" : "DeleteObject";
        };
    }

    /**
     * The key as S3 writes it into records: form-encoded (a space is {@code +}), its slashes kept.
     */
    static String encodedKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    /** Who made a request, as S3's records name it: the account for its root, {@code AWS:} and the user or role session otherwise. */
    static String principalId(Principal p, String account) {
        if (p == null || p.type() == Principal.Type.ROOT) {
            return account;
        }
        if (p.type() == Principal.Type.SERVICE) {
            return p.id();
        }
        String id = p.id();
        int slash = id.indexOf('/');
        return "AWS:" + (slash < 0 ? id : id.substring(slash + 1).replace('/', ':'));
    }

    private static String unquoted(String etag) {
        return etag.startsWith("\"") && etag.endsWith("\"") && etag.length() >= 2 ? etag.substring(1, etag.length() - 1) : etag;
    }

    /** The x-amz-id-2 of a request: S3's extended request id, here made of the request id. */
    private static String hostId(String requestId) {
        return Base64.getEncoder().encodeToString(("stratus/" + requestId).getBytes(StandardCharsets.UTF_8));
    }
}
