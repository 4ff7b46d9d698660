package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.NODES;
import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.SAMPLE_ZIP;
import static dev.stratus.it.ModelSweepIT.rest;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.it.ModelSweepIT.ThrowingRunnable;
import dev.stratus.lambda.LambdaService;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.model.ServiceModel;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of Lambda, through rest-json, aimed at two functions running the sample package with
 * the tests' execution role (made first, as AWS requires), each with version 1, alias live and a
 * policy statement, and at a layer. Invoke's InvocationType is steered to RequestResponse, Event
 * and DryRun, and its payload is mostly JSON, so the sample answers at once.
 */
final class LambdaSweepTarget {
    private LambdaSweepTarget() {
    }

    static Target of(ModelSweepIT sweep) throws Exception {
        ServiceModel model = ServiceModel.load("lambda");
        String functions = "arn:aws:lambda:us-east-1:000000000000:function:";
        String layer = "arn:aws:lambda:us-east-1:000000000000:layer:sweep-layer";
        String zip = Base64.getEncoder().encodeToString(SAMPLE_ZIP);
        List<String> layerVersions = new ArrayList<>(List.of(layer + ":1"));
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("FunctionName", List.of("sweep-fn", "sweep-fn", "sweep-fn2", functions + "sweep-fn", "000000000000:function:sweep-fn2", "sweep-fn:live"));
        known.put("=Resource", List.of(functions + "sweep-fn", functions + "sweep-fn2"));
        known.put("=Qualifier", List.of("$LATEST", "1", "live"));
        known.put("=Name", List.of("live", "live2"));
        known.put("=FunctionVersion", List.of("1", "$LATEST", "ALL"));
        known.put("=Role", List.of(TestRoles.LAMBDA));
        known.put("=Handler", List.of("app.handler"));
        known.put("=Runtime", List.of("python3.12"));
        known.put("=InvocationType", List.of("RequestResponse", "RequestResponse", "Event", "DryRun"));
        known.put("=ClientContext", List.of(Base64.getEncoder().encodeToString("{\"custom\":{\"k\":\"v\"}}".getBytes(StandardCharsets.UTF_8))));
        known.put("LayerName", List.of("sweep-layer", layer));
        known.put("=Layers", layerVersions);
        known.put("=Arn", layerVersions);
        known.put("=StatementId", List.of("sweep-stmt", "sweep-stmt2"));
        known.put("=Action", List.of("lambda:InvokeFunction", "lambda:GetLayerVersion"));
        known.put("=Principal", List.of("s3.amazonaws.com", "000000000000", "*"));
        // Made once: no Lambda operation touches the role, and an IAM client per setup (which runs again after
        // each delete, some 90 times) took a third of the setups' time.
        TestRoles.lambda(ModelSweepIT.STRATUS.endpoint());
        ThrowingRunnable setup = () -> {
            for (String fn : List.of("sweep-fn", "sweep-fn2")) {
                if (rest("GET", "/2015-03-31/functions/" + fn, null).statusCode() == 404) {
                    HttpResponse<String> created = rest("POST", "/2015-03-31/functions", Json.string(NODES.objectNode().put("FunctionName", fn)
                            .put("Runtime", "python3.12").put("Role", TestRoles.LAMBDA).put("Handler", "app.handler")
                            .set("Code", NODES.objectNode().put("ZipFile", zip))));
                    assertEquals(201, created.statusCode(), created.body());
                }
                rest("POST", "/2015-03-31/functions/" + fn + "/versions", "{}");
                rest("POST", "/2015-03-31/functions/" + fn + "/aliases", "{\"Name\":\"live\",\"FunctionVersion\":\"1\"}");
                rest("POST", "/2015-03-31/functions/" + fn + "/policy",
                        "{\"StatementId\":\"sweep-stmt\",\"Action\":\"lambda:InvokeFunction\",\"Principal\":\"s3.amazonaws.com\"}");
            }
            long newest = 0;
            for (JsonNode v : Json.MAPPER.readTree(rest("GET", "/2018-10-31/layers/sweep-layer/versions", null).body()).path("LayerVersions")) {
                newest = Math.max(newest, v.path("Version").asLong());
            }
            if (newest == 0) {
                HttpResponse<String> published = rest("POST", "/2018-10-31/layers/sweep-layer/versions",
                        Json.string(NODES.objectNode().set("Content", NODES.objectNode().put("ZipFile", zip))));
                assertEquals(201, published.statusCode(), published.body());
                newest = Json.MAPPER.readTree(published.body()).path("Version").asLong();
            }
            sweep.layerVersion = newest;
            layerVersions.set(0, layer + ":" + newest);
        };
        return new Target(model, "application/json", LambdaService.class,
                Set.of("ValidationException", "InvalidParameterValueException", "SerializationException", "ResourceNotFoundException",
                        "RequestEntityTooLarge"),
                known, Set.of("DeleteFunction", "DeleteAlias", "RemovePermission", "DeleteLayerVersion"), REQUESTS_PER_OPERATION, setup);
    }
}
