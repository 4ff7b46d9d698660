package dev.stratus.s3;

import dev.stratus.protocol.AwsException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The object a copy reads, as x-amz-copy-source names it: {@code bucket/key} (a leading slash
 * allowed), URL-encoded, optionally followed by {@code ?versionId=…}.
 */
record CopySource(String bucket, String key, String versionId) {
    static CopySource parse(String header) {
        String s = header == null ? "" : header;
        String versionId = null;
        int q = s.indexOf('?');
        if (q >= 0) {
            String query = s.substring(q + 1);
            s = s.substring(0, q);
            if (query.startsWith("versionId=")) {
                versionId = decoded(query.substring("versionId=".length()));
            }
        }
        s = decoded(s.startsWith("/") ? s.substring(1) : s);
        int slash = s.indexOf('/');
        if (slash <= 0 || slash == s.length() - 1) {
            throw new AwsException("InvalidArgument", "Copy Source must mention the source bucket and key: sourcebucket/sourcekey")
                    .with("ArgumentName", "x-amz-copy-source").with("ArgumentValue", header);
        }
        return new CopySource(s.substring(0, slash), s.substring(slash + 1), versionId);
    }

    /** Percent-decoding only: a + in a key is a +. */
    private static String decoded(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AwsException("InvalidArgument", "Invalid copy source encoding.").with("ArgumentName", "x-amz-copy-source").with("ArgumentValue", s);
        }
    }
}
