package dev.stratus.protocol;

/**
 * An error as AWS answers it. {@code code} is the error shape's name for errors the model
 * declares (the engine then takes the query code and status from the model) or AWS's code for
 * common errors (InvalidParameterValue, MissingParameter, ValidationException …), whose status
 * is given here.
 */
public class AwsException extends RuntimeException {
    private final String code;
    private final int status;
    private final boolean senderFault;
    private final java.util.Map<String, String> members = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    public AwsException(String code, String message) {
        this(code, message, 400);
    }

    public AwsException(String code, String message, int status) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.senderFault = status < 500;
    }

    /** Adds a member of the error shape beside the message (Lambda's TooManyRequestsException carries a Reason). */
    public AwsException with(String member, String value) {
        members.put(member, value);
        return this;
    }

    public java.util.Map<String, String> members() {
        return members;
    }

    /** Adds a header to the error's answer (S3's 404 for a delete marker says so in x-amz-delete-marker). */
    public AwsException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public boolean senderFault() {
        return senderFault;
    }

    public static AwsException invalidParameterValue(String message) {
        return new AwsException("InvalidParameterValue", message);
    }

    public static AwsException missingParameter(String name) {
        return new AwsException("MissingParameter", "The request must contain the parameter " + name + ".");
    }

    /** An operation of the model that Stratus does not serve yet: a 501, never a silent no-op. */
    public static AwsException notImplemented(RequestContext context) {
        return new AwsException("NotImplemented", "Stratus does not implement " + context.service() + "." + context.operation()
                + " yet; docs/coverage.md lists what it serves.", 501);
    }

    public static AwsException internal(String message) {
        return new AwsException("InternalFailure", message, 500);
    }
}
