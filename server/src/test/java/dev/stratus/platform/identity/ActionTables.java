package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import java.util.List;

/** For the tests of each service's table: what a table answers, and that it answers every operation of the model. */
public final class ActionTables {
    private ActionTables() {
    }

    public static RequestContext ctx(String service, String operation) {
        return ActionTableTest.ctx(service, operation, "us-east-1");
    }

    /** The one check {@code table} asks for {@code operation} with this request. */
    public static Actions.Check check(Actions table, String service, String operation, String json) {
        return ActionTableTest.check(table, service, operation, json);
    }

    public static List<Actions.Check> checks(Actions table, String service, String operation, String json) {
        return ActionTableTest.checks(table, service, operation, json);
    }

    /**
     * Every operation of the model gets checks with its service's prefix, without throwing: with
     * no input, an empty one, and one whose every member is an odd value (text that is no name,
     * URL or ARN; a number; a list; an object).
     */
    public static void answersEveryOperation(Actions table, String modelId) {
        ServiceModel model = ServiceModel.load(modelId);
        assertFalse(model.operations().isEmpty());
        for (Operation op : model.operations().values()) {
            RequestContext ctx = ctx(modelId, op.name());
            List<ObjectNode> inputs = new java.util.ArrayList<>(List.of(Json.MAPPER.createObjectNode()));
            if (op.input() != null) {
                for (Object odd : List.of("arn:aws:x", "x:y/z::", "http://h", "!!!", 42, List.of("a"), java.util.Map.of("Key", 1))) {
                    ObjectNode in = Json.MAPPER.createObjectNode();
                    model.shape(op.input()).members().keySet().forEach(m -> in.set(m, Json.tree(odd)));
                    inputs.add(in);
                }
            }
            for (Actions.Check c : table.of(ctx, null)) {
                assertTrue(c.action().startsWith(model.signingName() + ":"), op.name() + " → " + c);
            }
            for (ObjectNode in : inputs) {
                for (Actions.Check c : table.of(ctx, in)) {
                    assertTrue(c.action().startsWith(model.signingName() + ":") && c.resource() != null, op.name() + " " + in + " → " + c);
                }
            }
        }
    }
}
