package dev.stratus.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data of a body in S3's {@code aws-chunked} framing, as SDKs stream uploads: chunks of
 * {@code <hex size>[;chunk-signature=<sig>]\r\n<data>\r\n}, a last chunk of size 0, then trailing
 * headers (a checksum, its signature) and an empty line. Reads the data and keeps the trailers;
 * with the request's {@link ChunkSignatures} (a signed body whose request signature was
 * verified), checks each chunk's signature as the chunk ends and the trailer's at the end: a read
 * that meets a bad one fails, so what was read is never kept.
 */
final class AwsChunked extends InputStream {
    private static final int MAX_LINE = 4096;

    private final InputStream in;
    private final Map<String, String> trailers = new LinkedHashMap<>();
    private final ChunkSignatures signatures;
    private final MessageDigest chunkHash;
    private String chunkSignature;
    private long chunkLeft;
    private boolean done;

    /** {@code signatures}: what checks the chunks' signatures, null when they are not checked. */
    AwsChunked(InputStream in, ChunkSignatures signatures) {
        this.in = in;
        this.signatures = signatures;
        try {
            this.chunkHash = signatures == null ? null : MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The trailing headers, by lower-case name, once the body has been read to its end. */
    Map<String, String> trailers() {
        return trailers;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
            return -1;
        }
        if (chunkLeft == 0 && !nextChunk()) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, chunkLeft));
        if (n < 0) {
            throw malformed("the body ended inside a chunk");
        }
        chunkLeft -= n;
        if (chunkHash != null) {
            chunkHash.update(b, off, n);
        }
        if (chunkLeft == 0) {
            checkChunk();
            String end = line();
            if (!end.isEmpty()) {
                throw malformed("a chunk is longer than its size says");
            }
        }
        return n;
    }

    /** Reads the next chunk's header; false at the last chunk, whose trailers are then read. */
    private boolean nextChunk() throws IOException {
        String header = line();
        int semi = header.indexOf(';');
        String size = (semi < 0 ? header : header.substring(0, semi)).strip();
        chunkSignature = semi < 0 ? null : extension(header.substring(semi + 1), "chunk-signature");
        try {
            chunkLeft = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            throw malformed("a chunk's size is not hexadecimal: " + size);
        }
        if (chunkLeft < 0) {
            throw malformed("a chunk's size is negative");
        }
        if (chunkLeft > 0) {
            return true;
        }
        checkChunk();
        StringBuilder canonical = new StringBuilder();
        for (String t = line(); !t.isEmpty(); t = line()) {
            int colon = t.indexOf(':');
            if (colon < 0) {
                throw malformed("a trailing header has no value: " + t);
            }
            String name = t.substring(0, colon).strip().toLowerCase();
            trailers.put(name, t.substring(colon + 1).strip());
            if (!name.equals(TRAILER_SIGNATURE)) {
                canonical.append(name).append(':').append(t.substring(colon + 1).strip()).append('\n');
            }
        }
        // Trailers after signed chunks must be signed too: else the checksum they carry could be changed in flight.
        if (signatures != null && !trailers.isEmpty() && !signatures.trailer(canonical.toString(), trailers.get(TRAILER_SIGNATURE))) {
            throw ChunkSignatures.refused();
        }
        done = true;
        return false;
    }

    private static final String TRAILER_SIGNATURE = "x-amz-trailer-signature";

    /** The chunk just read must carry the signature that chains from the one before. */
    private void checkChunk() throws IOException {
        if (signatures != null && !signatures.nextChunk(chunkHash.digest(), chunkSignature)) {
            throw ChunkSignatures.refused();
        }
    }

    /** The value of {@code name} among a chunk header's {@code ;name=value} extensions. */
    private static String extension(String extensions, String name) {
        for (String e : extensions.split(";")) {
            int eq = e.indexOf('=');
            if (eq > 0 && e.substring(0, eq).strip().equals(name)) {
                return e.substring(eq + 1).strip();
            }
        }
        return null;
    }

    /** A line without its CRLF; the end of the body where a line should be is the end of the trailers. */
    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                if (b.size() == 0) {
                    return "";
                }
                throw malformed("the body ended inside a chunk header");
            }
            if (b.size() >= MAX_LINE) {
                throw malformed("a chunk header is longer than " + MAX_LINE + " bytes");
            }
            b.write(c);
        }
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static IOException malformed(String why) {
        return new IOException("malformed aws-chunked body: " + why);
    }
}
