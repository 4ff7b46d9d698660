package dev.stratus.protocol;

/**
 * The SigV4 credential scope of a request — access key, region and signing name — from the
 * Authorization header or, for presigned URLs, X-Amz-Credential. Unsigned requests have none.
 */
public record SigV4(String accessKeyId, String region, String service) {

    public static SigV4 of(HttpRequest request) {
        String auth = request.header("authorization");
        String credential = null;
        if (auth != null) {
            int i = auth.indexOf("Credential=");
            if (i >= 0) {
                int end = auth.indexOf(',', i);
                credential = auth.substring(i + "Credential=".length(), end < 0 ? auth.length() : end).trim();
            }
        } else {
            credential = request.queryParam("X-Amz-Credential");
        }
        if (credential == null) {
            return null;
        }
        String[] parts = credential.split("/");
        if (parts.length < 5) {
            return null;
        }
        return new SigV4(parts[0], parts[2], parts[3]);
    }
}
