package dev.stratus.protocol.model;

/**
 * A member of a structure, or the element, key or value of a list or map.
 * {@code location} is where a REST protocol binds it (uri, querystring, header, headers,
 * statusCode) or null for the body; {@code locationName} is its name on the wire, and
 * {@code queryName} its name in EC2's query dialect. A {@code streaming} blob is the whole body
 * of a REST request or answer, passed through as a stream rather than read into memory (S3's
 * object data).
 */
public record Member(
        String name,
        String target,
        String location,
        String locationName,
        String queryName,
        boolean xmlAttribute,
        boolean flattened,
        String timestampFormat,
        boolean streaming) {

    /** The name this member has on the wire: its locationName, else its own name. */
    public String wireName() {
        return locationName != null ? locationName : name;
    }
}
