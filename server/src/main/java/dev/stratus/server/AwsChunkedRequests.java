package dev.stratus.server;

import io.helidon.http.encoding.ContentDecoder;
import io.helidon.http.encoding.ContentEncoder;
import io.helidon.http.encoding.ContentEncoding;
import java.util.Set;

/**
 * Lets bodies in S3's {@code aws-chunked} framing through as they are (Helidon refuses an encoding
 * it does not know with a 415): S3 reads the framing itself, since its chunk signatures and
 * trailing checksums are checked against the request's headers.
 */
final class AwsChunkedRequests implements ContentEncoding {

    @Override
    public Set<String> ids() {
        return Set.of("aws-chunked");
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
        return ContentDecoder.NO_OP;
    }

    @Override
    public ContentEncoder encoder() {
        return ContentEncoder.NO_OP;
    }

    @Override
    public String name() {
        return "aws-chunked";
    }

    @Override
    public String type() {
        return "aws-chunked";
    }
}
