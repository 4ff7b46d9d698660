package dev.stratus.protocol;

import java.util.List;
import java.util.regex.Pattern;

/**
 * S3's virtual-hosted style: the bucket named in the host rather than the path, as SDKs address
 * buckets by default. {@code photos.localhost:4566}, {@code photos.s3.localhost.localstack.cloud},
 * {@code photos.s3.us-east-1.amazonaws.com} all name {@code photos}; a bare endpoint
 * ({@code localhost}, {@code s3.amazonaws.com}, an IP address) names none.
 */
final class S3Hosts {
    /** The names an endpoint of Stratus answers by, longest first so that the most specific is removed. */
    private static final List<String> ENDPOINTS = List.of(".localhost.localstack.cloud", ".amazonaws.com", ".localhost");
    /** What may stand between the bucket and the endpoint's name: {@code s3}, {@code s3.us-east-1}, {@code s3-us-west-2}. */
    private static final Pattern S3_LABELS = Pattern.compile("(^|\\.)s3([.-][a-z0-9-]+)?$");

    private S3Hosts() {
    }

    /** The bucket {@code host} (with or without a port) names, or null. */
    static String bucket(String host) {
        if (host == null) {
            return null;
        }
        String name = host.startsWith("[") ? host : host.replaceFirst(":\\d+$", "");
        for (String endpoint : ENDPOINTS) {
            if (name.endsWith(endpoint)) {
                String rest = S3_LABELS.matcher(name.substring(0, name.length() - endpoint.length())).replaceFirst("");
                return rest.isEmpty() ? null : rest;
            }
        }
        return null;
    }
}
