package dev.stratus.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * S3's legacy presigned URL ({@code ?AWSAccessKeyId=…&Expires=…&Signature=…}), which boto3's
 * generate_presigned_url still makes for S3 unless told s3v4: the base64 HMAC-SHA1 of the verb,
 * Content-MD5, Content-Type, Expires, the x-amz-* headers and the resource (the bucket and key,
 * and the sub-resources in the query), as S3's "Query string request authentication" describes.
 */
public record SigV2QuerySignature(String accessKeyId, String signature, String expires, String securityToken) {
    /** Query parameters that name a sub-resource or an answer override: part of what is signed. */
    private static final Set<String> SUB_RESOURCES = Set.of("acl", "cors", "delete", "lifecycle", "location", "logging", "notification",
            "partNumber", "policy", "requestPayment", "restore", "tagging", "torrent", "uploadId", "uploads", "versionId", "versioning",
            "versions", "website", "response-cache-control", "response-content-disposition", "response-content-encoding",
            "response-content-language", "response-content-type", "response-expires");

    /** The legacy query signature of {@code request}, or null when it has none. */
    public static SigV2QuerySignature of(HttpRequest request) {
        String key = request.queryParam("AWSAccessKeyId");
        String signature = request.queryParam("Signature");
        if (key == null || signature == null || request.queryParam("Expires") == null) {
            return null;
        }
        return new SigV2QuerySignature(key, signature, request.queryParam("Expires"), request.queryParam("x-amz-security-token"));
    }

    /** Whether the client signed {@code request} with {@code secret}. */
    public boolean matches(HttpRequest request, String secret) {
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmacSha1(secret, stringToSign(request)), given);
    }

    String stringToSign(HttpRequest request) {
        StringBuilder b = new StringBuilder();
        b.append(request.method()).append('\n');
        b.append(orEmpty(request.header("content-md5"))).append('\n');
        b.append(orEmpty(request.header("content-type"))).append('\n');
        b.append(expires).append('\n');
        new TreeMap<>(request.headers()).forEach((name, value) -> {
            if (name.startsWith("x-amz-")) {
                b.append(name).append(':').append(value.strip()).append('\n');
            }
        });
        String bucket = S3Hosts.bucket(String.valueOf(request.header("host")));
        b.append(bucket == null ? "" : "/" + bucket).append(request.path().isEmpty() ? "/" : request.path());
        List<String> sub = new ArrayList<>();
        new TreeMap<>(request.query()).forEach((name, values) -> {
            if (SUB_RESOURCES.contains(name)) {
                String v = values.isEmpty() ? null : values.get(0);
                sub.add(v == null || v.isEmpty() ? name : name + "=" + v);
            }
        });
        if (!sub.isEmpty()) {
            b.append('?').append(String.join("&", sub));
        }
        return b.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static byte[] hmacSha1(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
