package dev.stratus.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data of a body in S3's {@code aws-chunked} framing, as SDKs stream uploads: chunks of
 * {@code <hex size>[;chunk-signature=<sig>]\r\n<data>\r\n}, a last chunk of size 0, then trailing
 * headers (a checksum, its signature) and an empty line. Reads the data; keeps the trailers and
 * each chunk's signature for whoever checks them.
 */
final class AwsChunked extends InputStream {
    private static final int MAX_LINE = 4096;

    private final InputStream in;
    private final Map<String, String> trailers = new LinkedHashMap<>();
    private long chunkLeft;
    private boolean done;

    AwsChunked(InputStream in) {
        this.in = in;
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
        if (chunkLeft == 0) {
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
        for (String t = line(); !t.isEmpty(); t = line()) {
            int colon = t.indexOf(':');
            if (colon < 0) {
                throw malformed("a trailing header has no value: " + t);
            }
            trailers.put(t.substring(0, colon).strip().toLowerCase(), t.substring(colon + 1).strip());
        }
        done = true;
        return false;
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
