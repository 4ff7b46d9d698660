package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.NODES;
import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.call;
import static dev.stratus.it.ModelSweepIT.encode;
import static dev.stratus.it.ModelSweepIT.query;
import static dev.stratus.it.ModelSweepIT.rest;
import static dev.stratus.it.ModelSweepIT.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.sns.SnsService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sweep of SNS, through awsQuery, aimed at a standard and a FIFO topic, each with an SQS queue subscribed,
 * and at an email subscription whose confirmation token setup reads from the local email outbox.
 * Attribute maps get the attribute names SNS knows as keys, and each attribute values it takes
 * or refuses; messages are mostly text or a JSON message structure.
 */
final class SnsSweepTarget {
    private SnsSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("sns");
        String email = "sweep@example.com";
        List<String> topics = List.of("arn:aws:sns:us-east-1:000000000000:sweep-topic", "arn:aws:sns:us-east-1:000000000000:sweep-topic.fifo");
        List<String> queues = List.of("arn:aws:sqs:us-east-1:000000000000:sweep-sns", "arn:aws:sqs:us-east-1:000000000000:sweep-sns.fifo");
        List<String> subscriptions = new ArrayList<>(List.of("", "", ""));
        List<String> tokens = new ArrayList<>(List.of(""));
        String topicDelivery = "{\"http\":{\"defaultHealthyRetryPolicy\":{\"numRetries\":3,\"minDelayTarget\":1,\"maxDelayTarget\":5}}}";
        String subscriptionDelivery = "{\"healthyRetryPolicy\":{\"numRetries\":3,\"minDelayTarget\":1,\"maxDelayTarget\":5}}";
        String redrive = "{\"deadLetterTargetArn\":\"" + queues.get(0) + "\"}";
        List<String> filters = List.of("{\"k\":[\"v\"]}", "{\"n\":[{\"numeric\":[\">\",1]}]}", "{\"a\":{\"b\":[\"c\"]}}", "{not json");
        // Each map also gets a name that only the other takes.
        List<String> topicAttributes = List.of("DisplayName", "Policy", "DeliveryPolicy", "ContentBasedDeduplication", "FifoTopic", "RawMessageDelivery");
        List<String> subscriptionAttributes = List.of("RawMessageDelivery", "FilterPolicy", "FilterPolicyScope", "RedrivePolicy", "DeliveryPolicy", "DisplayName");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("TopicArn", topics);
        known.put("=TargetArn", Arrays.asList(null, null, topics.get(0)));
        known.put("=PhoneNumber", Collections.singletonList(null));
        known.put("=ResourceArn", topics);
        known.put("SubscriptionArn", subscriptions);
        known.put("=Token", tokens);
        known.put("=Name", List.of("sweep-topic", "sweep-topic.fifo", "sweep-topic2"));
        known.put("=Protocol", List.of("sqs", "sqs", "sqs", "email", "email-json", "lambda", "http"));
        known.put("=Endpoint", List.of(queues.get(0), queues.get(0), queues.get(1), email));
        known.put("=Message", List.of("sweep", "{\"default\":\"d\",\"sqs\":\"q\"}"));
        known.put("=MessageStructure", Arrays.asList("json", null, null));
        known.put("=MessageGroupId", Arrays.asList("g", null));
        known.put("=MessageDeduplicationId", Arrays.asList("d1", "d2", null, null));
        known.put("=Id", List.of("1", "2", "3", "4", "5", "6"));
        // Clean requests leave tokens out; rough ones try numbers at the edge as ListSubscriptions' token, and text.
        known.put("=NextToken", List.of("100", "2147483647", "2147483600", "-1", "c3dlZXA", "!"));
        known.put("=AttributeName", Stream.concat(topicAttributes.stream(), subscriptionAttributes.stream()).distinct().toList());
        known.put("=TopicAttributesMap.key", topicAttributes);
        known.put("=SubscriptionAttributesMap.key", subscriptionAttributes);
        known.put("=AttributeValue", Stream.concat(Stream.of("true", "sweep", "MessageBody", redrive, topicDelivery, subscriptionDelivery), filters.stream()).toList());
        known.put("=DisplayName", List.of("sweep"));
        known.put("=DeliveryPolicy", List.of(topicDelivery, subscriptionDelivery));
        known.put("=FifoTopic", List.of("true", "false"));
        known.put("=ContentBasedDeduplication", List.of("true", "false"));
        known.put("=RawMessageDelivery", List.of("true", "false", "yes"));
        known.put("=FilterPolicy", filters);
        known.put("=FilterPolicyScope", List.of("MessageAttributes", "MessageBody"));
        known.put("=RedrivePolicy", List.of(redrive));
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-www-form-urlencoded; charset=utf-8", SnsService.class,
                Set.of("MissingParameter", "InvalidParameterValue", "MalformedQueryString"), known, Set.of("DeleteTopic", "Unsubscribe"),
                REQUESTS_PER_OPERATION, () -> {
                    for (String queue : queues) {
                        ObjectNode in = NODES.objectNode().put("QueueName", queue.substring(queue.lastIndexOf(':') + 1));
                        if (queue.endsWith(".fifo")) {
                            in.putObject("Attributes").put("FifoQueue", "true");
                        }
                        call("application/x-amz-json-1.0", "AmazonSQS.CreateQueue", Json.string(in));
                    }
                    query(t[0], "CreateTopic", "Name", "sweep-topic");
                    query(t[0], "CreateTopic", "Name", "sweep-topic.fifo", "Attributes.entry.1.key", "FifoTopic", "Attributes.entry.1.value", "true");
                    for (int i = 0; i < 2; i++) {
                        subscriptions.set(i, text(query(t[0], "Subscribe", "TopicArn", topics.get(i), "Protocol", "sqs", "Endpoint", queues.get(i)),
                                "SubscribeResult", "SubscriptionArn"));
                    }
                    subscriptions.set(2, text(query(t[0], "Subscribe", "TopicArn", topics.get(0), "Protocol", "email", "Endpoint", email,
                            "ReturnSubscriptionArn", "true"), "SubscribeResult", "SubscriptionArn"));
                    // A new or still pending email subscription has just been asked to confirm, with its token in the link.
                    for (JsonNode e : Json.MAPPER.readTree(rest("GET", "/_stratus/sns/emails?address=" + encode(email), null).body()).path("Emails")) {
                        Matcher token = Pattern.compile("[?&]Token=([0-9a-f]+)").matcher(e.path("SubscribeURL").asText());
                        if (token.find()) {
                            tokens.set(0, token.group(1));
                        }
                    }
                    rest("DELETE", "/_stratus/sns/emails?address=" + encode(email), null);
                });
        return t[0];
    }
}
