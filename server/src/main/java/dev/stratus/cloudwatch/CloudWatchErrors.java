package dev.stratus.cloudwatch;

import dev.stratus.protocol.AwsException;

/** CloudWatch's errors, by the shapes its model declares (query codes InvalidParameterValue, MissingParameter …). */
final class CloudWatchErrors {

    private CloudWatchErrors() {
    }

    static AwsException invalid(String message) {
        return new AwsException("InvalidParameterValueException", message);
    }

    static AwsException invalidValue(Object value, String parameter) {
        return invalid("The value " + value + " for parameter " + parameter + " is invalid.");
    }

    static AwsException missing(String parameter) {
        return new AwsException("MissingRequiredParameterException", "The parameter " + parameter + " is required.");
    }

    static AwsException combination(String message) {
        return new AwsException("InvalidParameterCombinationException", message);
    }

    /** GetMetricData's refusals of its queries: AWS answers them as ValidationError, which its model does not declare. */
    static AwsException validation(String message) {
        return new AwsException("ValidationError", message);
    }
}
