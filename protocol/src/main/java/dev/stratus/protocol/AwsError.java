package dev.stratus.protocol;

import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;

/**
 * An error resolved against the model, ready for a protocol to write: the error shape's name
 * (JSON's __type), the code query clients see, the HTTP status and who is at fault.
 */
public record AwsError(String type, String queryCode, int status, boolean senderFault, String message, java.util.Map<String, String> members) {

    public AwsError(String type, String queryCode, int status, boolean senderFault, String message) {
        this(type, queryCode, status, senderFault, message, java.util.Map.of());
    }

    /**
     * The error's type as JSON and CBOR bodies name it: query-compatible services qualify the
     * errors their model declares ({@code com.amazonaws.sqs#QueueDoesNotExist}), as AWS does.
     */
    public String wireType(ServiceModel model) {
        return model != null && model.queryCompatible() && model.errorShape(type) != null
                ? "com.amazonaws." + model.endpointPrefix() + "#" + type : type;
    }

    public static AwsError of(ServiceModel model, AwsException e) {
        Shape shape = model == null ? null : model.errorShape(e.code());
        if (shape != null) {
            return new AwsError(e.code(), shape.error().queryCode(), shape.error().httpStatus(), shape.error().senderFault(), e.getMessage(), e.members());
        }
        return new AwsError(e.code(), e.code(), e.status(), e.senderFault(), e.getMessage(), e.members());
    }
}
