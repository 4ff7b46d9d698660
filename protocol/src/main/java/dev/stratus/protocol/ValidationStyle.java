package dev.stratus.protocol;

/**
 * How a protocol reports input that breaks the model. Query services (and JSON services that
 * are query-compatible, like SQS) answer MissingParameter / InvalidParameterValue; JSON and REST
 * services answer ValidationException in the Coral wording, and SerializationException for
 * values of the wrong type.
 */
public enum ValidationStyle {
    QUERY,
    JSON;

    public AwsException missing(String path) {
        return this == QUERY
                ? AwsException.missingParameter(path)
                : validation("Value null at '" + camel(path) + "' failed to satisfy constraint: Member must not be null");
    }

    public AwsException wrongType(String path, String expected) {
        return this == QUERY
                ? AwsException.invalidParameterValue("Value for parameter " + path + " is invalid. Reason: must be " + expected + ".")
                : new AwsException("SerializationException", "Value for '" + camel(path) + "' must be " + expected + ".");
    }

    public AwsException constraint(String path, Object value, String constraint) {
        return this == QUERY
                ? AwsException.invalidParameterValue("Value " + value + " for parameter " + path + " is invalid. Reason: " + constraint + ".")
                : validation("Value '" + value + "' at '" + camel(path) + "' failed to satisfy constraint: " + constraint);
    }

    private static AwsException validation(String detail) {
        return new AwsException("ValidationException", "1 validation error detected: " + detail);
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
