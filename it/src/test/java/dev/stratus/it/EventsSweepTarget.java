package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.call;

import dev.stratus.events.EventsService;
import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.protocol.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sweep of EventBridge, aimed at a custom bus and a rule with an SQS target, so that operations reach their logic. */
final class EventsSweepTarget {
    private EventsSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("events");
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-amz-json-1.1", EventsService.class, Set.of("ValidationException", "SerializationException"),
                Map.of("=Name", List.of("sweep-rule", "sweep-bus"), "=Rule", List.of("sweep-rule"), "EventBusName", List.of("sweep-bus", "default"),
                        "=EventPattern", List.of("{\"source\":[\"sweep\"]}", "{\"detail\":{\"n\":[{\"numeric\":[\">\",1]}]}}", "{not json"),
                        "=ScheduleExpression", List.of("rate(5 minutes)", "cron(0 12 * * ? *)", "rate(1 minutes)"),
                        "=Arn", List.of("arn:aws:sqs:us-east-1:000000000000:sweep-target"),
                        "ResourceARN", List.of("arn:aws:events:us-east-1:000000000000:rule/sweep-rule")),
                Set.of("DeleteRule", "DeleteEventBus"), REQUESTS_PER_OPERATION, () -> {
                    call(t[0], "CreateEventBus", "{\"Name\":\"sweep-bus\"}");
                    call(t[0], "PutRule", "{\"Name\":\"sweep-rule\",\"EventPattern\":\"{\\\"source\\\":[\\\"sweep\\\"]}\"}");
                    call(t[0], "PutTargets", "{\"Rule\":\"sweep-rule\",\"Targets\":[{\"Id\":\"q\",\"Arn\":\"arn:aws:sqs:us-east-1:000000000000:sweep-target\"}]}");
                });
        return t[0];
    }
}
