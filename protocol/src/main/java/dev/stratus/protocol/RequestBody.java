package dev.stratus.protocol;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;

/**
 * A request's body, read only when something asks for it: whole, as bytes, by every protocol
 * that parses it (decoded from gzip when its Content-Encoding says so: CloudWatch's PutMetricData
 * comes gzipped); or as the stream still on the connection, exactly as sent, by an operation
 * whose input is a streaming blob (S3's object data, whose Content-Encoding is the object's), so
 * that gigabytes pass through without being held.
 */
public final class RequestBody {
    /** Bytes a body may be read into at once, as its Content-Length says; a larger one grows as it arrives, so a claim alone costs no memory. */
    private static final int SIZED_AT_MOST = 1024 * 1024;

    private final InputStream source;
    private final long limit;
    private final boolean gzip;
    /** Its Content-Length, or -1 (chunked). */
    private final long length;
    private byte[] bytes;
    private boolean handedOut;
    private boolean finished;
    private ChunkSignatures chunkSignatures;

    private RequestBody(InputStream source, long limit, byte[] bytes, boolean gzip, long length) {
        this.source = source;
        this.limit = limit;
        this.gzip = gzip;
        this.length = length;
        this.bytes = bytes;
        this.finished = bytes != null;
    }

    public static RequestBody of(byte[] bytes) {
        return new RequestBody(null, bytes.length, bytes, false, bytes.length);
    }

    /**
     * A body still on the connection, of {@code contentLength} bytes (-1 when chunked), sent with
     * {@code contentEncoding} (null when none); read whole, it may be at most {@code limit} bytes,
     * before and after gzip.
     */
    public static RequestBody stream(InputStream source, long limit, String contentEncoding, long contentLength) {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(java.util.Locale.ROOT);
        return new RequestBody(source, limit, null, encoding.equals("gzip") || encoding.equals("x-gzip"), contentLength);
    }

    /** The whole body, read at the first call (up to the limit: past it, a 413). */
    public synchronized byte[] bytes() {
        if (bytes != null) {
            return bytes;
        }
        if (handedOut) {
            throw new IllegalStateException("the body was handed out as a stream");
        }
        InputStream raw = gzip ? new LimitedStream(source, limit) : source;
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] read = !gzip && length >= 0 && length <= Math.min(limit, SIZED_AT_MOST) ? sized(in, (int) length)
                    : in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (read.length > limit) {
                throw new AwsException("RequestEntityTooLarge", "The request body is larger than " + limit + " bytes.", 413);
            }
            if (gzip) {
                // What follows a gzip member is read too, so that nothing is left on the connection.
                raw.transferTo(OutputStream.nullOutputStream());
            }
            bytes = read;
            finished = true;
            return bytes;
        } catch (IOException | RuntimeException e) {
            if (e instanceof AwsException a) {
                throw a;
            }
            throw unreadable(e);
        }
    }

    /**
     * A body of known length read into an array of that length: readNBytes with the limit would
     * read into a 16 KB buffer and copy, for each small request.
     */
    private static byte[] sized(InputStream in, int length) throws IOException {
        byte[] b = new byte[length];
        int n = in.readNBytes(b, 0, length);
        if (n < length) {
            throw new java.io.EOFException("the body ended after " + n + " of its " + length + " bytes");
        }
        // Read to its end, as a whole read does: the server then knows the body was consumed.
        in.read();
        return b;
    }

    /**
     * The body as a stream, for reading once. Failures to read it (a connection cut, a malformed
     * chunk) are {@link IOException}s whose cause says what went wrong.
     */
    public synchronized InputStream stream() {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        if (handedOut) {
            throw new IllegalStateException("the body was already handed out");
        }
        handedOut = true;
        return new FilterInputStream(source) {
            @Override
            public int read() throws IOException {
                int b = guarded(() -> super.read());
                finished |= b < 0;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = guarded(() -> super.read(b, off, len));
                finished |= n < 0;
                return n;
            }
        };
    }

    /** Set by the identity step that verified the request's signature, when its body is signed chunk by chunk. */
    public synchronized void expectChunkSignatures(ChunkSignatures signatures) {
        this.chunkSignatures = signatures;
    }

    /** What checks the body's chunk signatures; null when they are not checked (signatures not verified, or an unsigned body). */
    public synchronized ChunkSignatures chunkSignatures() {
        return chunkSignatures;
    }

    /** Whether the body was read to its end: when not, what is left of it is still on the connection. */
    public synchronized boolean finished() {
        return finished;
    }

    private interface Read {
        int run() throws IOException;
    }

    /** The HTTP server reports a malformed chunked body as runtime exceptions of its own: an IOException here. */
    private static int guarded(Read read) throws IOException {
        try {
            return read.run();
        } catch (RuntimeException e) {
            throw new IOException(unreadable(e).getMessage(), e);
        }
    }

    /** A gzip body's compressed bytes, at most {@code limit} of them: past it, a 413 rather than a long read. */
    private static final class LimitedStream extends FilterInputStream {
        private long left;

        private final long limit;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new AwsException("RequestEntityTooLarge", "The request body is larger than " + limit + " bytes.", 413);
            }
            return n;
        }
    }

    private static AwsException unreadable(Exception e) {
        return new AwsException("SerializationException", "The request body could not be read: "
                + (e instanceof NumberFormatException || e.getCause() instanceof NumberFormatException
                ? "malformed chunked encoding (a chunk size that is not hexadecimal, or a chunk extension, which Stratus does not support)"
                : String.valueOf(e.getMessage())));
    }
}
