package dev.stratus.protocol;

import dev.stratus.protocol.model.ServiceModel;

/**
 * How a service reports input that breaks its model. Query services (and JSON services that
 * are query-compatible, like SQS) answer MissingParameter / InvalidParameterValue; JSON and REST
 * services answer in Coral's words under their validation code (ValidationException for most),
 * and SerializationException for values of the wrong type. A query service whose errors overlay
 * names its validation code answers missing and out-of-range values in Coral's words under it, as
 * IAM answers ValidationError, and a value of the wrong type InvalidParameterValue, as the query
 * protocol does ({@code form}: the input came as form parameters).
 */
public record ValidationStyle(boolean query, String code, boolean form) {

    public static ValidationStyle of(ServiceModel model) {
        boolean form = "query".equals(model.protocol()) || "ec2".equals(model.protocol());
        return (model.queryCompatible() || form) && !model.declaresValidationCode()
                ? new ValidationStyle(true, null, form) : new ValidationStyle(false, model.validationErrorCode(), form);
    }

    public AwsException missing(String path) {
        return query
                ? AwsException.missingParameter(path)
                : validation("Value null at '" + camel(path) + "' failed to satisfy constraint: Member must not be null");
    }

    public AwsException wrongType(String path, String expected) {
        return query || form
                ? AwsException.invalidParameterValue("Value for parameter " + path + " is invalid. Reason: must be " + expected + ".")
                : new AwsException("SerializationException", "Value for '" + camel(path) + "' must be " + expected + ".");
    }

    public AwsException constraint(String path, Object value, String constraint) {
        return query
                ? AwsException.invalidParameterValue("Value " + value + " for parameter " + path + " is invalid. Reason: " + constraint + ".")
                : validation("Value '" + value + "' at '" + camel(path) + "' failed to satisfy constraint: " + constraint);
    }

    /** As {@link #constraint}, for a value the model marks sensitive: never echoed, as AWS leaves it out of its message. */
    public AwsException sensitiveConstraint(String path, String constraint) {
        return query
                ? AwsException.invalidParameterValue("Value for parameter " + path + " is invalid. Reason: " + constraint + ".")
                : validation("Value at '" + camel(path) + "' failed to satisfy constraint: " + constraint);
    }

    private AwsException validation(String detail) {
        return new AwsException(code, "1 validation error detected: " + detail);
    }

    /** Coral names members in camel case in its messages: QueueUrl -> queueUrl. */
    private static String camel(String path) {
        StringBuilder b = new StringBuilder(path.length());
        boolean start = true;
        for (char c : path.toCharArray()) {
            b.append(start ? Character.toLowerCase(c) : c);
            start = c == '.';
        }
        return b.toString();
    }
}
