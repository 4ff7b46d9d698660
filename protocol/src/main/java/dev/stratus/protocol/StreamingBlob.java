package dev.stratus.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A member the model marks {@code streaming}: the whole body of a REST request or answer, as a
 * stream of {@code length} bytes (-1 when the request did not say). In a request it is the
 * connection's stream, to be read once; in an answer, whatever the service opens (a file). It
 * rides through the input and output trees as an embedded object, never as bytes.
 */
@JsonSerialize(using = StreamingBlob.Embedded.class)
@JsonDeserialize(using = StreamingBlob.FromTree.class)
public final class StreamingBlob {
    /** Opens the bytes; called once per answer or request. */
    public interface Source {
        InputStream open() throws IOException;
    }

    private final long length;
    private final Source source;
    private final boolean chunked;
    private final String declaredTrailer;
    private final java.util.function.Supplier<ChunkSignatures> signatures;
    /** The aws-chunked framing being read, when the body comes in it. */
    private AwsChunked framing;

    private StreamingBlob(long length, Source source, boolean chunked, String declaredTrailer,
                          java.util.function.Supplier<ChunkSignatures> signatures) {
        this.length = length;
        this.source = source;
        this.chunked = chunked;
        this.declaredTrailer = declaredTrailer;
        this.signatures = signatures;
    }

    public static StreamingBlob of(long length, Source source) {
        return new StreamingBlob(length, source, false, null, () -> null);
    }

    public static StreamingBlob of(byte[] bytes) {
        return of(bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /**
     * A body in S3's aws-chunked framing, {@code length} bytes once unframed: what it opens is the
     * data alone. {@code declaredTrailer} is the request's x-amz-trailer; {@code signatures} gives
     * what checks the chunks' signatures when they are checked (else null), asked when it opens.
     */
    static StreamingBlob chunked(long length, Source source, String declaredTrailer, java.util.function.Supplier<ChunkSignatures> signatures) {
        return new StreamingBlob(length, source, true, declaredTrailer, signatures);
    }

    /** The trailing header an aws-chunked body said it ends with (x-amz-trailer: {@code x-amz-checksum-crc32}), else null. */
    public String declaredTrailer() {
        return declaredTrailer;
    }

    /** Its length in bytes, -1 when not known before it is read. */
    public long length() {
        return length;
    }

    public InputStream open() throws IOException {
        if (!chunked) {
            return source.open();
        }
        framing = new AwsChunked(source.open(), signatures.get());
        return framing;
    }

    /**
     * The trailing headers of an aws-chunked body (its checksum, by lower-case name), once it has
     * been read to its end; empty for any other body.
     */
    public java.util.Map<String, String> trailers() {
        return framing == null ? java.util.Map.of() : framing.trailers();
    }

    /** Into a tree it goes as itself; anywhere else (a CloudTrail record) as a note of its length. */
    static final class Embedded extends JsonSerializer<StreamingBlob> {
        @Override
        public void serialize(StreamingBlob value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (gen instanceof TokenBuffer) {
                gen.writeEmbeddedObject(value);
            } else {
                gen.writeString("(" + value.length + " bytes)");
            }
        }
    }

    static final class FromTree extends JsonDeserializer<StreamingBlob> {
        @Override
        public StreamingBlob deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT) {
                Object o = p.getEmbeddedObject();
                if (o instanceof StreamingBlob s) {
                    return s;
                }
                if (o instanceof byte[] b) {
                    return of(b);
                }
            }
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return of(p.getBinaryValue());
            }
            return (StreamingBlob) ctxt.handleUnexpectedToken(StreamingBlob.class, p);
        }
    }
}
