package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.Tag;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An object version's tags, kept in its meta as {@code TagSet} (a list of Key/Value), with S3's
 * limits: 10 tags, keys of 128 and values of 256 characters, no key twice.
 */
final class ObjectTags {
    static final String MEMBER = "TagSet";
    static final int MAX_TAGS = 10;
    static final int MAX_KEY = 128;
    static final int MAX_VALUE = 256;

    private ObjectTags() {
    }

    /** The tags of an x-amz-tagging header ({@code k1=v1&k2=v2}, URL-encoded); null without the header. */
    static ArrayNode fromHeader(String header) {
        if (header == null) {
            return null;
        }
        List<Tag> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String pair : header.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decoded(eq < 0 ? pair : pair.substring(0, eq));
            if (!seen.add(key)) {
                throw new AwsException("InvalidArgument", "The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded URL query parameters "
                        + "without tag name duplicates.").with("ArgumentName", "x-amz-tagging").with("ArgumentValue", header);
            }
            tags.add(new Tag(key, eq < 0 ? "" : decoded(pair.substring(eq + 1))));
        }
        return checked(tags);
    }

    /** The tags of a PutObjectTagging body, checked. */
    static ArrayNode of(List<Tag> tags) {
        Set<String> seen = new HashSet<>();
        for (Tag t : tags) {
            if (t.key() != null && !seen.add(t.key())) {
                throw new AwsException("InvalidTag", "Cannot provide multiple Tags with the same key").with("TagKey", t.key());
            }
        }
        return checked(tags);
    }

    private static ArrayNode checked(List<Tag> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new AwsException("BadRequest", "Object tags cannot be greater than " + MAX_TAGS);
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Tag t : tags) {
            String key = t.key() == null ? "" : t.key();
            String value = t.value() == null ? "" : t.value();
            if (key.isEmpty()) {
                throw new AwsException("InvalidTag", "The TagKey you have provided is invalid").with("TagKey", key);
            }
            if (key.codePointCount(0, key.length()) > MAX_KEY) {
                throw new AwsException("InvalidTag", "The TagKey you have provided is too long, max " + MAX_KEY).with("TagKey", key);
            }
            if (value.codePointCount(0, value.length()) > MAX_VALUE) {
                throw new AwsException("InvalidTag", "The TagValue you have provided is too long, max " + MAX_VALUE).with("TagKey", key)
                        .with("TagValue", value);
            }
            ObjectNode tag = out.addObject();
            tag.put("Key", key);
            tag.put("Value", value);
        }
        return out;
    }

    /** The tags of {@code o}, in the order they were given. */
    static List<Tag> of(ObjectVersion o) {
        List<Tag> out = new ArrayList<>();
        for (JsonNode t : o.meta().path(MEMBER)) {
            out.add(new Tag(t.path("Key").asText(), t.path("Value").asText()));
        }
        return out;
    }

    /** x-amz-tagging-count: how many tags {@code o} has, left out when none. */
    static Integer count(ObjectVersion o) {
        int n = o.meta().path(MEMBER).size();
        return n == 0 ? null : n;
    }

    /** Sets (or, with null or no tags, removes) the tags in {@code meta}. */
    static void set(ObjectNode meta, ArrayNode tags) {
        if (tags == null || tags.isEmpty()) {
            meta.remove(MEMBER);
        } else {
            meta.set(MEMBER, tags);
        }
    }

    /** Decodes a query component as S3 does: %XX and + for a space. */
    private static String decoded(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AwsException("InvalidArgument", "The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded URL query parameters "
                    + "without tag name duplicates.").with("ArgumentName", "x-amz-tagging");
        }
    }
}
