package dev.stratus.s3;

import dev.stratus.protocol.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer built member by member, by the API's names, then read as its record: S3's outputs
 * have dozens of members, of which an answer sets a few.
 */
final class Fields {
    private final Map<String, Object> values = new LinkedHashMap<>();

    static Fields of(String name, Object value) {
        return new Fields().and(name, value);
    }

    /** Sets {@code name}; a null value leaves it out. */
    Fields and(String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    /** Every member of {@code more} (an object's stored metadata), by the same names. */
    Fields andAll(Map<String, ?> more) {
        more.forEach(this::and);
        return this;
    }

    <T> T as(Class<T> type) {
        return Json.MAPPER.convertValue(values, type);
    }
}
