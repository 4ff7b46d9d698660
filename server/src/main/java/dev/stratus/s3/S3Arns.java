package dev.stratus.s3;

/** S3's ARNs, which name neither region nor account: {@code arn:aws:s3:::bucket} and {@code arn:aws:s3:::bucket/key}. */
final class S3Arns {
    private S3Arns() {
    }

    static String bucket(String name) {
        return "arn:aws:s3:::" + name;
    }

    static String object(String bucket, String key) {
        return "arn:aws:s3:::" + bucket + "/" + key;
    }
}
