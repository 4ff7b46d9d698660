package dev.stratus.server;

import io.helidon.http.encoding.ContentDecoder;
import io.helidon.http.encoding.ContentEncoder;
import io.helidon.http.encoding.ContentEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Lets Helidon accept gzip-encoded request bodies (CloudWatch's PutMetricData sends them), which
 * its own gzip module would do but is not published where we build. Responses are never encoded.
 */
final class GzipRequests implements ContentEncoding {

    @Override
    public Set<String> ids() {
        return Set.of("gzip", "x-gzip");
    }

    @Override
    public boolean supportsEncoding() {
        return false;
    }

    @Override
    public boolean supportsDecoding() {
        return true;
    }

    @Override
    public ContentDecoder decoder() {
        return in -> {
            try {
                return new GZIPInputStream(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the request body is not gzip", e);
            }
        };
    }

    @Override
    public ContentEncoder encoder() {
        return ContentEncoder.NO_OP;
    }

    @Override
    public String name() {
        return "gzip";
    }

    @Override
    public String type() {
        return "gzip";
    }
}
