package dev.stratus.platform.jobs;

import dev.stratus.protocol.Principal;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A delivery owed: {@code payload} for {@code destination} (an ARN, or an http:// or https:// URL),
 * as an SQS message with {@code attributes}, {@code groupId} and {@code deduplicationId} (FIFO) when
 * the destination is a queue; tried up to {@code maxRetries} more times within {@code maxAgeSeconds};
 * then sent to {@code deadLetterArn} (an SQS queue, or none) with {@code deadLetterAttributes}. A URL
 * is posted to as {@code http} says. {@code caller} is who delivers, for the destination's resource
 * policy: the service that owes it ({@code sns.amazonaws.com}) or a function's role session; null
 * in deliveries owed before Stratus recorded callers. {@code source} is the resource it is delivered
 * for (the rule, topic or function: {@code aws:SourceArn} in the destination's policy). {@code subject} is the
 * Subject of the message a delivery to an SNS topic publishes (Auto Scaling's notifications have one), or null.
 * {@code sourceAccount} is the account of a source whose ARN names none (an S3 bucket): {@code aws:SourceAccount}.
 * Stored as JSON, in the shape the first versions' outbox stored it, so that the deliveries it still owed are
 * delivered after an upgrade.
 */
public record Delivery(String destination, String payload, Map<String, Attribute> attributes, String groupId, String deduplicationId,
                       int maxRetries, int maxAgeSeconds, String deadLetterArn, Map<String, String> deadLetterAttributes, Http http,
                       Principal caller, String source, String subject, String sourceAccount) {

    /** A delivery for a source whose ARN names its account, as every source but an S3 bucket's does. */
    public Delivery(String destination, String payload, Map<String, Attribute> attributes, String groupId, String deduplicationId,
                    int maxRetries, int maxAgeSeconds, String deadLetterArn, Map<String, String> deadLetterAttributes, Http http,
                    Principal caller, String source, String subject) {
        this(destination, payload, attributes, groupId, deduplicationId, maxRetries, maxAgeSeconds, deadLetterArn, deadLetterAttributes, http,
                caller, source, subject, null);
    }

    /** A delivery without a subject, as every destination but an SNS topic takes it. */
    public Delivery(String destination, String payload, Map<String, Attribute> attributes, String groupId, String deduplicationId,
                    int maxRetries, int maxAgeSeconds, String deadLetterArn, Map<String, String> deadLetterAttributes, Http http,
                    Principal caller, String source) {
        this(destination, payload, attributes, groupId, deduplicationId, maxRetries, maxAgeSeconds, deadLetterArn, deadLetterAttributes, http,
                caller, source, null);
    }

    /**
     * How a delivery to an HTTP/S endpoint is made: the request's headers, and the seconds to wait
     * before each retry (SNS's delivery policies name every delay, where other deliveries double theirs).
     */
    public record Http(Map<String, String> headers, List<Integer> retryDelays) {
    }

    /** A message attribute, as SQS keeps one (named as SQS's API names its members). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attribute(@JsonProperty("StringValue") String stringValue, @JsonProperty("BinaryValue") byte[] binaryValue,
                            @JsonProperty("DataType") String dataType) {

        public static Attribute string(String value) {
            return new Attribute(value, null, "String");
        }

        public static Attribute number(String value) {
            return new Attribute(value, null, "Number");
        }
    }

    /**
     * A delivery tried once, with no dead-letter queue: what a failed job owes (a dead-letter message,
     * a Lambda destination's record), which AWS does not retry either and loses when its target refuses it.
     */
    public static Delivery once(Principal caller, String source, String destination, String payload, Map<String, Attribute> attributes,
                                String groupId) {
        return new Delivery(destination, payload, attributes, groupId, null, 0, 0, null, Map.of(), null, caller, source);
    }
}
