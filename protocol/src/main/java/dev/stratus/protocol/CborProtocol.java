package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Smithy RPC v2 CBOR: POST /service/{Service}/operation/{Operation} with
 * {@code smithy-protocol: rpc-v2-cbor}, the input and output as CBOR maps. Timestamps travel
 * as tag 1 (epoch seconds), blobs as byte strings. Errors are maps with {@code __type} and
 * {@code message}; query-compatible services also send x-amzn-query-error.
 */
public final class CborProtocol implements Protocol {
    private static final CBORMapper CBOR = new CBORMapper();
    private static final CBORFactory FACTORY = CBOR.getFactory();

    @Override
    public ObjectNode readInput(ServiceModel model, Operation operation, HttpRequest request, Map<String, String> pathLabels) {
        JsonNode raw;
        try {
            raw = request.body().length == 0 ? null : CBOR.readTree(request.body());
        } catch (IOException e) {
            throw new AwsException("SerializationException", "The request body is not valid CBOR.");
        }
        return InputReader.document(model, operation, raw);
    }

    @Override
    public HttpResponse writeOutput(ServiceModel model, Operation operation, JsonNode output, RequestContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = FACTORY.createGenerator(out)) {
            if (operation.output() == null || output == null) {
                g.writeStartObject();
                g.writeEndObject();
            } else {
                write(model, model.shape(operation.output()), output, g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.of(200, "application/cbor", out.toByteArray()).withHeader("smithy-protocol", "rpc-v2-cbor");
    }

    private static void write(ServiceModel model, Shape shape, JsonNode v, CBORGenerator g) throws IOException {
        switch (shape.type()) {
            case "structure" -> {
                g.writeStartObject();
                for (Map.Entry<String, Member> e : shape.members().entrySet()) {
                    JsonNode m = v.get(e.getKey());
                    if (m != null && !m.isNull()) {
                        g.writeFieldName(e.getKey());
                        write(model, model.shape(e.getValue().target()), m, g);
                    }
                }
                g.writeEndObject();
            }
            case "list" -> {
                g.writeStartArray();
                for (JsonNode item : v) {
                    write(model, model.shape(shape.member().target()), item, g);
                }
                g.writeEndArray();
            }
            case "map" -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : v.properties()) {
                    g.writeFieldName(e.getKey());
                    write(model, model.shape(shape.value().target()), e.getValue(), g);
                }
                g.writeEndObject();
            }
            case "timestamp" -> {
                g.writeTag(1);
                g.writeNumber(v.doubleValue());
            }
            case "blob" -> g.writeBinary(Scalars.binary(v));
            case "boolean" -> g.writeBoolean(v.booleanValue());
            case "integer", "long" -> g.writeNumber(v.longValue());
            case "float", "double" -> g.writeNumber(v.doubleValue());
            default -> g.writeString(v.asText());
        }
    }

    @Override
    public HttpResponse writeError(ServiceModel model, AwsError error, RequestContext context) {
        ObjectNode body = CBOR.createObjectNode();
        body.put("__type", error.wireType(model));
        body.put("message", error.message());
        byte[] bytes;
        try {
            bytes = CBOR.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse r = HttpResponse.of(error.status(), "application/cbor", bytes).withHeader("smithy-protocol", "rpc-v2-cbor");
        if (model != null && model.queryCompatible()) {
            r.withHeader("x-amzn-query-error", error.queryCode() + ";" + (error.senderFault() ? "Sender" : "Receiver"));
        }
        return r;
    }
}
