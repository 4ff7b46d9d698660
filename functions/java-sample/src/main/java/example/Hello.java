package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** Greets {@code event.name} and tells what the context knows; logs through both of Lambda's ways. */
public class Hello implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Object name = event == null ? null : event.get("name");
        context.getLogger().log("Hello got name=" + name);
        System.out.println("Hello printed for request " + context.getAwsRequestId());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("message", "hello " + name);
        answer.put("requestId", context.getAwsRequestId());
        answer.put("remainingMs", context.getRemainingTimeInMillis());
        answer.put("functionName", context.getFunctionName());
        return answer;
    }
}
