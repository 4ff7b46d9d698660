package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tells what the environment looks like from inside: the platform variables Lambda sets (never the
 * secret key or session token), any variables the event names in {@code names}, and the Java version.
 */
public class Env implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final List<String> PLATFORM = List.of(
            "AWS_ENDPOINT_URL", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
            "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_LAMBDA_RUNTIME_API",
            "AWS_ACCESS_KEY_ID", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "_HANDLER", "TZ", "TMPDIR",
            "JAVA_TOOL_OPTIONS");

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        List<String> names = new ArrayList<>(PLATFORM);
        if (event != null && event.get("names") instanceof List<?> extra) {
            extra.forEach(n -> names.add(String.valueOf(n)));
        }
        Map<String, Object> variables = new TreeMap<>();
        for (String name : names) {
            String value = System.getenv(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        Map<String, Object> answer = new TreeMap<>();
        answer.put("variables", variables);
        answer.put("endpointUrl", System.getenv("AWS_ENDPOINT_URL"));
        answer.put("javaVersion", System.getProperty("java.specification.version"));
        answer.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        answer.put("tmpdir", System.getProperty("java.io.tmpdir"));
        return answer;
    }
}
