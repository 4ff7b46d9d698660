package dev.stratus.s3;

import dev.stratus.protocol.AwsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one byte range of a GET's {@code Range} header, as S3 serves it: {@code bytes=first-last},
 * {@code bytes=first-} or {@code bytes=-suffix}. A range S3 cannot read (several ranges, another
 * unit) is ignored and the whole object served, as S3 does; one past the end is InvalidRange.
 */
record ByteRange(long first, long last) {
    private static final Pattern ONE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** The range of an object of {@code size} bytes that {@code header} asks for; null for the whole object. */
    static ByteRange parse(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher m = ONE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || size == 0) {
                    throw invalid(size);
                }
                return new ByteRange(Math.max(0, size - suffix), size - 1);
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (first >= size) {
                throw invalid(size);
            }
            return last < first ? null : new ByteRange(first, last);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static AwsException invalid(long size) {
        return new AwsException("InvalidRange", "The requested range is not satisfiable", 416).with("ActualObjectSize", String.valueOf(size));
    }
}
