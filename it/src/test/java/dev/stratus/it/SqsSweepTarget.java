package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.NODES;
import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.STRATUS;
import static dev.stratus.it.ModelSweepIT.call;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.sqs.SqsService;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sweep of SQS, through json 1.0, aimed at a standard and a FIFO queue, each holding a message; DeleteQueue sets them up again. */
final class SqsSweepTarget {
    private SqsSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("sqs");
        String host = "http://127.0.0.1:" + STRATUS.port() + "/000000000000/";
        List<String> names = List.of("sweep-a", "sweep-b.fifo");
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-amz-json-1.0", SqsService.class,
                Set.of("MissingParameter", "InvalidParameterValue", "SerializationException", "InvalidAttributeName", "InvalidAttributeValue"),
                Map.of("QueueUrl", names.stream().map(n -> host + n).toList(),
                        "Arn", names.stream().map(n -> "arn:aws:sqs:us-east-1:000000000000:" + n).toList()),
                Set.of("DeleteQueue"), REQUESTS_PER_OPERATION, () -> {
                    for (String name : names) {
                        ObjectNode in = NODES.objectNode().put("QueueName", name);
                        if (name.endsWith(".fifo")) {
                            in.putObject("Attributes").put("FifoQueue", "true");
                        }
                        call(t[0], "CreateQueue", Json.string(in));
                        call(t[0], "SendMessage", Json.string(NODES.objectNode().put("QueueUrl", host + name).put("MessageBody", "seed")
                                .put("MessageGroupId", "g").put("MessageDeduplicationId", "d")));
                    }
                });
        return t[0];
    }
}
