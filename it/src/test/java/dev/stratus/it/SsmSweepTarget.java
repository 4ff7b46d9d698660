package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.ssm.SsmService;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of SSM (json 1.1): Parameter Store's operations aimed at {@code /sweep/p} (a String
 * with a second version and a label) and {@code /sweep/s} (a SecureString), made again after the
 * operations that delete them; the rest of SSM's model answers 501.
 */
final class SsmSweepTarget {
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private SsmSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("ssm");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("=Name", List.of("/sweep/p", "/sweep/p", "/sweep/s", "/sweep/p:1", "/sweep/p:stable", "sweep-flat"));
        known.put("=Names", List.of("/sweep/p", "/sweep/s"));
        known.put("=Path", List.of("/sweep", "/sweep", "/"));
        known.put("=ResourceId", List.of("/sweep/p", "/sweep/p", "sweep-none"));
        known.put("=ResourceType", List.of("Parameter", "Parameter", "Parameter", "Document"));
        known.put("=Type", List.of("String", "StringList", "SecureString"));
        known.put("=KeyId", Arrays.asList(null, null, null, "alias/aws/ssm"));
        known.put("=Value", List.of("v", "v", "a,b"));
        known.put("=Tier", Arrays.asList(null, null, "Standard", "Advanced", "Intelligent-Tiering"));
        known.put("=DataType", Arrays.asList(null, null, "text", "aws:ec2:image"));
        known.put("=Policies", Arrays.asList(null, null, null,
                "[{\"Type\":\"NoChangeNotification\",\"Version\":\"1.0\",\"Attributes\":{\"After\":\"2\",\"Unit\":\"Days\"}}]", "{not json"));
        known.put("=AllowedPattern", Arrays.asList(null, null, null, ".*", "[unclosed"));
        known.put("=Labels", List.of("stable", "beta"));
        Target[] t = new Target[1];
        t[0] = new Target(model, CONTENT_TYPE, SsmService.class,
                Set.of("ValidationException", "SerializationException", "AccessDeniedException"), known,
                Set.of("DeleteParameter", "DeleteParameters"), REQUESTS_PER_OPERATION,
                () -> {
                    // Overwrite: the parameters may be there from an earlier setup.
                    put(t[0], "{\"Name\":\"/sweep/p\",\"Value\":\"v1\",\"Type\":\"String\",\"Overwrite\":true}");
                    put(t[0], "{\"Name\":\"/sweep/p\",\"Value\":\"v2\",\"Type\":\"String\",\"Overwrite\":true}");
                    put(t[0], "{\"Name\":\"/sweep/s\",\"Value\":\"secret\",\"Type\":\"SecureString\",\"Overwrite\":true}");
                    assertEquals(200, call(t[0], "LabelParameterVersion", "{\"Name\":\"/sweep/p\",\"Labels\":[\"stable\"]}").statusCode());
                });
        return t[0];
    }

    private static void put(Target t, String body) throws Exception {
        var r = call(t, "PutParameter", body);
        assertEquals(200, r.statusCode(), r.body());
    }
}
