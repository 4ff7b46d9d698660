package dev.stratus.sns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;

/** What SNS's operations share in reading their parameters: the error for a bad one, ARNs counted as AWS counts them, JSON. */
final class Parameters {
    private Parameters() {
    }

    static AwsException invalid(String message) {
        return new AwsException("InvalidParameterException", message);
    }

    /** What AWS says of an ARN with too few parts, before it looks anything up: it counts the parts of the text as given. */
    static void checkArn(String member, String arn) {
        int parts = arn == null ? 0 : arn.split(":", -1).length;
        if (parts < 6) {
            throw invalid("Invalid parameter: " + member + " Reason: An ARN must have at least 6 elements, not " + parts);
        }
    }

    static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
