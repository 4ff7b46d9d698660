package dev.stratus.server;

import io.helidon.http.Headers;
import io.helidon.http.encoding.ContentDecoder;
import io.helidon.http.encoding.ContentEncoder;
import io.helidon.http.encoding.ContentEncodingContext;
import io.helidon.http.encoding.ContentEncodingContextConfig;

/**
 * Tells Helidon that every Content-Encoding is accepted and decoded by no one: a request body
 * reaches Stratus as sent. RequestBody decodes gzip where a protocol parses the body (CloudWatch's
 * PutMetricData comes gzipped), and S3 keeps an object's Content-Encoding, whatever it is, as
 * metadata over the bytes as they came. Helidon would otherwise refuse an encoding it does not
 * know with an empty 400, and decode gzip objects that S3 must store untouched. Answers are never
 * encoded.
 */
final class BodiesAsSent implements ContentEncodingContext {

    @Override
    public boolean contentEncodingEnabled() {
        return false;
    }

    @Override
    public boolean contentDecodingEnabled() {
        return true;
    }

    @Override
    public boolean contentEncodingSupported(String encodingId) {
        return false;
    }

    @Override
    public boolean contentDecodingSupported(String encodingId) {
        return true;
    }

    @Override
    public ContentEncoder encoder(String encodingId) {
        return ContentEncoder.NO_OP;
    }

    @Override
    public ContentDecoder decoder(String encodingId) {
        return ContentDecoder.NO_OP;
    }

    @Override
    public ContentEncoder encoder(Headers headers) {
        return ContentEncoder.NO_OP;
    }

    @Override
    public ContentEncodingContextConfig prototype() {
        return ContentEncodingContextConfig.create();
    }
}
