package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.port.CorsRules;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.api.CORSConfiguration;
import dev.stratus.s3.api.CORSRule;
import dev.stratus.s3.api.GetBucketCorsOutput;
import dev.stratus.s3.api.PutBucketCorsRequest;
import dev.stratus.store.Store;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A bucket's CORS configuration, and how it answers a browser: the first rule whose AllowedOrigins
 * (each with at most one {@code *}), AllowedMethods and AllowedHeaders admit the request decides,
 * as S3 evaluates them.
 */
final class BucketCors implements CorsRules {
    static final String MEMBER = "CORSConfiguration";
    private static final int MAX_RULES = 100;
    private static final Set<String> METHODS = Set.of("GET", "PUT", "HEAD", "POST", "DELETE");

    private final Store store;
    private final S3Repository repo;
    private final BucketSettings settings;

    BucketCors(Store store, S3Repository repo, BucketSettings settings) {
        this.store = store;
        this.repo = repo;
        this.settings = settings;
    }

    void put(PutBucketCorsRequest in) {
        settings.bucket(in.bucket());
        check(in.corsConfiguration());
        settings.put(in.bucket(), MEMBER, in.corsConfiguration());
    }

    GetBucketCorsOutput get(String bucket) {
        JsonNode c = settings.get(bucket, MEMBER, () -> BucketSettings.notFound("NoSuchCORSConfiguration", "The CORS configuration does not exist",
                bucket));
        return Fields.of("CORSRules", c.get("CORSRules")).as(GetBucketCorsOutput.class);
    }

    void delete(String bucket) {
        settings.delete(bucket, MEMBER);
    }

    static void check(CORSConfiguration c) {
        if (c == null || c.corsRules() == null || c.corsRules().isEmpty()) {
            throw BucketSettings.malformedXml();
        }
        if (c.corsRules().size() > MAX_RULES) {
            throw new AwsException("InvalidRequest", "The number of CORS rules should not exceed allowed limit of " + MAX_RULES + " rules.");
        }
        for (CORSRule r : c.corsRules()) {
            if (r.allowedMethods() == null || r.allowedMethods().isEmpty() || r.allowedOrigins() == null || r.allowedOrigins().isEmpty()) {
                throw BucketSettings.malformedXml();
            }
            for (String m : r.allowedMethods()) {
                if (!METHODS.contains(m)) {
                    throw new AwsException("InvalidRequest", "Found unsupported HTTP method in CORS config. Unsupported method is " + m);
                }
            }
            for (String o : r.allowedOrigins()) {
                if (wildcards(o) > 1) {
                    throw new AwsException("InvalidRequest", "AllowedOrigin \"" + o + "\" can not have more than one wildcard.");
                }
            }
            for (String h : r.allowedHeaders() == null ? List.<String>of() : r.allowedHeaders()) {
                if (wildcards(h) > 1) {
                    throw new AwsException("InvalidRequest", "AllowedHeader \"" + h + "\" can not have more than one wildcard.");
                }
            }
            if (r.maxAgeSeconds() != null && r.maxAgeSeconds() < 0) {
                throw BucketSettings.malformedXml();
            }
        }
    }

    @Override
    public Optional<Verdict> bucket(String bucket, String origin, String method, List<String> headers) {
        Bucket b = store.read(tx -> repo.bucket(tx, bucket));
        if (b == null) {
            return Optional.empty();
        }
        JsonNode c = b.settings().get(MEMBER);
        if (c == null) {
            return Optional.of(Verdict.REFUSED);
        }
        CORSConfiguration config = Json.MAPPER.convertValue(c, CORSConfiguration.class);
        for (CORSRule r : config.corsRules()) {
            String matched = r.allowedOrigins().stream().filter(o -> matches(o, origin)).findFirst().orElse(null);
            if (matched == null || !r.allowedMethods().contains(method) || !headersAllowed(r, headers)) {
                continue;
            }
            return Optional.of(new Verdict(true, matched.equals("*") ? "*" : origin, r.allowedMethods(), headers,
                    r.exposeHeaders() == null ? List.of() : r.exposeHeaders(), r.maxAgeSeconds()));
        }
        return Optional.of(Verdict.REFUSED);
    }

    private static boolean headersAllowed(CORSRule r, List<String> headers) {
        List<String> allowed = r.allowedHeaders() == null ? List.of() : r.allowedHeaders();
        return headers.stream().allMatch(h -> allowed.stream().anyMatch(a -> matches(a.toLowerCase(Locale.ROOT), h.toLowerCase(Locale.ROOT))));
    }

    /** {@code pattern} with at most one {@code *}, matched whole. */
    static boolean matches(String pattern, String value) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return pattern.equals(value);
        }
        String head = pattern.substring(0, star);
        String tail = pattern.substring(star + 1);
        return value.length() >= head.length() + tail.length() && value.startsWith(head) && value.endsWith(tail);
    }

    private static int wildcards(String s) {
        return (int) s.chars().filter(ch -> ch == '*').count();
    }
}
