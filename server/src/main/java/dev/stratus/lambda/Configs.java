package dev.stratus.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.api.FunctionConfiguration;
import dev.stratus.protocol.Json;
import java.util.Map;

/** Function configurations changed field by field, by the API's member names; a null value removes the field. */
final class Configs {
    private Configs() {
    }

    static FunctionConfiguration of(Map<String, ?> fields) {
        return Json.read(Json.tree(fields), FunctionConfiguration.class);
    }

    static FunctionConfiguration with(FunctionConfiguration c, Map<String, ?> changes) {
        ObjectNode tree = (ObjectNode) Json.tree(c);
        changes.forEach((field, value) -> {
            if (value == null) {
                tree.remove(field);
            } else {
                tree.set(field, Json.tree(value));
            }
        });
        return Json.read(tree, FunctionConfiguration.class);
    }
}
