package dev.stratus.protocol.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One shape of a service model: its type and, by type, its members, element, key and value,
 * plus the constraints the server checks and, for REST protocols, which member is the HTTP
 * payload and the XML namespace of its root element; {@code sensitive} when the model marks its
 * values secret (passwords, plaintext, secret strings), which records of calls never show.
 * Immutable once the model is loaded.
 */
public record Shape(
        String name,
        String type,
        Map<String, Member> members,
        Set<String> required,
        Member member,
        Member key,
        Member value,
        Long min,
        Long max,
        Pattern pattern,
        List<String> enumValues,
        boolean flattened,
        String locationName,
        String timestampFormat,
        String payload,
        String xmlNamespace,
        ErrorTraits error,
        boolean sensitive) {

    public boolean isStructure() {
        return "structure".equals(type);
    }

    public boolean isList() {
        return "list".equals(type);
    }

    public boolean isMap() {
        return "map".equals(type);
    }

    public boolean isException() {
        return error != null;
    }
}
