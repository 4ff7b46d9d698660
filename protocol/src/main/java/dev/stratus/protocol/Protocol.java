package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import java.util.Map;

/** One AWS wire protocol: reads an operation's input, writes its output or an error. */
public interface Protocol {

    /**
     * The canonical, validated input tree of {@code operation}; {@code pathLabels} are the
     * values of the request URI's labels for REST protocols (empty for the others).
     */
    ObjectNode readInput(ServiceModel model, Operation operation, HttpRequest request, Map<String, String> pathLabels);

    HttpResponse writeOutput(ServiceModel model, Operation operation, JsonNode output, RequestContext context);

    HttpResponse writeError(ServiceModel model, AwsError error, RequestContext context);
}
