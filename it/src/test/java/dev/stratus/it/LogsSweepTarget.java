package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.call;

import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.logs.LogsService;
import dev.stratus.protocol.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sweep of CloudWatch Logs, aimed at a log group with a stream holding an event; deleting either sets them up again. */
final class LogsSweepTarget {
    private LogsSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("logs");
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-amz-json-1.1", LogsService.class, Set.of("InvalidParameterException", "SerializationException"),
                Map.of("logGroupName", List.of("/sweep/g"), "logGroupIdentifier", List.of("/sweep/g"),
                        "logStreamName", List.of("s"), "logStreamNames", List.of("s"),
                        "Arn", List.of("arn:aws:logs:us-east-1:000000000000:log-group:/sweep/g")),
                Set.of("DeleteLogGroup", "DeleteLogStream"), REQUESTS_PER_OPERATION, () -> {
                    call(t[0], "CreateLogGroup", "{\"logGroupName\":\"/sweep/g\"}");
                    call(t[0], "CreateLogStream", "{\"logGroupName\":\"/sweep/g\",\"logStreamName\":\"s\"}");
                    call(t[0], "PutLogEvents", "{\"logGroupName\":\"/sweep/g\",\"logStreamName\":\"s\",\"logEvents\":[{\"timestamp\":"
                            + System.currentTimeMillis() + ",\"message\":\"{\\\"a\\\":1}\"}]}");
                });
        return t[0];
    }
}
