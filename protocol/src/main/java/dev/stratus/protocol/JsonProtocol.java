package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import java.util.Map;

/**
 * awsJson 1.0 / 1.1: POST / with X-Amz-Target, the input as a JSON object, the output as one,
 * errors as {"__type", "message"}. Query-compatible services (SQS) also send the query code
 * in x-amzn-query-error, which the SDKs prefer.
 */
public final class JsonProtocol implements Protocol {

    @Override
    public ObjectNode readInput(ServiceModel model, Operation operation, HttpRequest request, Map<String, String> pathLabels) {
        return InputReader.document(model, operation, request.body().length == 0 ? null : Json.requestObject(request.body()));
    }

    @Override
    public HttpResponse writeOutput(ServiceModel model, Operation operation, JsonNode output, RequestContext context) {
        byte[] body = output == null ? "{}".getBytes() : Json.bytes(output);
        return HttpResponse.of(200, contentType(model), body);
    }

    @Override
    public HttpResponse writeError(ServiceModel model, AwsError error, RequestContext context) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        boolean queryCompatible = model != null && model.queryCompatible();
        body.put("__type", error.wireType(model));
        body.put("message", error.message());
        HttpResponse r = HttpResponse.of(error.status(), model == null ? "application/x-amz-json-1.0" : contentType(model), Json.bytes(body));
        if (queryCompatible) {
            r.withHeader("x-amzn-query-error", error.queryCode() + ";" + (error.senderFault() ? "Sender" : "Receiver"));
        }
        return r;
    }

    private static String contentType(ServiceModel model) {
        return "application/x-amz-json-" + model.jsonVersion();
    }
}
