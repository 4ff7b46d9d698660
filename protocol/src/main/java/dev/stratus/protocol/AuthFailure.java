package dev.stratus.protocol;

/**
 * A request refused before its operation because of who signed it or how: AWS's front door answers
 * these with codes and statuses that differ by protocol (IAM's {@code InvalidClientTokenId} 403 is
 * DynamoDB's {@code UnrecognizedClientException} 400 and Lambda's 403), so the refusal names its
 * kind and the gateway writes it in the request's protocol with {@link #in(Style)}.
 */
public final class AuthFailure extends RuntimeException {

    /** What was wrong. */
    public enum Kind {
        /** An access key AWS does not know, a session key without its token or with another, an inactive key. */
        INVALID_TOKEN,
        /** The signature does not match the one made with the key's secret. */
        BAD_SIGNATURE,
        /** A session's credentials past their expiry. */
        EXPIRED_TOKEN,
        /** X-Amz-Date more than five minutes from now. */
        SKEWED,
        /** A presigned URL past its X-Amz-Expires. */
        EXPIRED_URL,
        /** An Authorization header or presigned URL that lacks a part. */
        INCOMPLETE,
        /** No signature, where one is required. */
        MISSING
    }

    /** The protocol families whose front doors answer differently. */
    public enum Style { QUERY, JSON, REST_JSON, REST_XML }

    public static final String INVALID_TOKEN_MESSAGE = "The security token included in the request is invalid.";
    public static final String EXPIRED_TOKEN_MESSAGE = "The security token included in the request is expired";
    public static final String BAD_SIGNATURE_MESSAGE = "The request signature we calculated does not match the signature you provided. "
            + "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private final Kind kind;

    public AuthFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static AuthFailure invalidToken() {
        return new AuthFailure(Kind.INVALID_TOKEN, INVALID_TOKEN_MESSAGE);
    }

    public static AuthFailure expiredToken() {
        return new AuthFailure(Kind.EXPIRED_TOKEN, EXPIRED_TOKEN_MESSAGE);
    }

    public static AuthFailure badSignature() {
        return new AuthFailure(Kind.BAD_SIGNATURE, BAD_SIGNATURE_MESSAGE);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The error as a service of {@code style} answers it: query services (IAM, STS, SNS) with their
     * Coral codes and 403, JSON services with {@code …Exception} codes and 400, REST-JSON ones
     * (Lambda) with those codes and 403, REST-XML ones (S3) with S3's.
     */
    public AwsException in(Style style) {
        return switch (style) {
            case QUERY -> switch (kind) {
                case INVALID_TOKEN -> new AwsException("InvalidClientTokenId", getMessage(), 403);
                case BAD_SIGNATURE, SKEWED, EXPIRED_URL -> new AwsException("SignatureDoesNotMatch", getMessage(), 403);
                case EXPIRED_TOKEN -> new AwsException("ExpiredToken", getMessage(), 403);
                case INCOMPLETE -> new AwsException("IncompleteSignature", getMessage(), 400);
                case MISSING -> new AwsException("MissingAuthenticationToken", getMessage(), 403);
            };
            case JSON, REST_JSON -> {
                int status = style == Style.JSON ? 400 : 403;
                yield switch (kind) {
                    case INVALID_TOKEN -> new AwsException("UnrecognizedClientException", getMessage(), status);
                    case BAD_SIGNATURE, SKEWED, EXPIRED_URL -> new AwsException("InvalidSignatureException", getMessage(), status);
                    case EXPIRED_TOKEN -> new AwsException("ExpiredTokenException", getMessage(), status);
                    case INCOMPLETE -> new AwsException("IncompleteSignatureException", getMessage(), status);
                    case MISSING -> new AwsException("MissingAuthenticationTokenException", getMessage(), 403);
                };
            }
            case REST_XML -> switch (kind) {
                case INVALID_TOKEN -> new AwsException("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", 403);
                case BAD_SIGNATURE -> new AwsException("SignatureDoesNotMatch", BAD_SIGNATURE_MESSAGE, 403);
                case SKEWED -> new AwsException("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.", 403);
                case EXPIRED_URL -> new AwsException("AccessDenied", "Request has expired", 403);
                case EXPIRED_TOKEN -> new AwsException("ExpiredToken", "The provided token has expired.", 400);
                case INCOMPLETE -> new AwsException("AuthorizationHeaderMalformed", getMessage(), 400);
                case MISSING -> new AwsException("AccessDenied", "Access Denied", 403);
            };
        };
    }
}
