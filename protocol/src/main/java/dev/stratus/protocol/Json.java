package dev.stratus.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one ObjectMapper: generated records to and from trees, and JSON bytes. */
public final class Json {
    /**
     * Jackson keeps its parsing and writing buffers (some 10 KB) per thread by default; every
     * request runs on a virtual thread of its own, so each would allocate a fresh set and drop it.
     * A pool shared by all threads gives them back for the next request; bounded, so that a burst
     * of requests at once does not keep a set each for good.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder().recyclerPool(JsonRecyclerPools.sharedBoundedPool()).build())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .findAndAddModules()
            .build();

    /** Reads exactly one document: bytes after it ({@code {}junk}, {@code {}{}}) are an error, not ignored. */
    private static final ObjectReader ONE_DOCUMENT = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /**
     * A request body that must be one JSON object (the input of awsJson and rest-json operations);
     * null when it is empty. Anything else is the SerializationException AWS answers.
     */
    public static ObjectNode requestObject(byte[] body) {
        JsonNode n;
        try {
            n = ONE_DOCUMENT.readTree(body);
        } catch (JacksonException e) {
            throw new AwsException("SerializationException", "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new AwsException("SerializationException", "The request body could not be read.");
        }
        if (n == null || n.isMissingNode()) {
            return null;
        }
        if (!n.isObject()) {
            throw new AwsException("SerializationException", "Start of structure or map found where not expected.");
        }
        return (ObjectNode) n;
    }

    public static <T> T read(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new AwsException("SerializationException", "The request could not be read: " + e.getMessage());
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String string(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document Stratus wrote itself (stored state), as {@code type}. */
    public static <T> T parse(String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
